# DocCheck: the web app (entry point) and, from the same image, `doccheck worker`. Build: docker compose build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
RUN dotnet publish src/DocCheck.Web -c Release -o /app --nologo \
    && dotnet publish src/DocCheck.Cli -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Chinese fonts for rendered pages; jieba's dictionary for segmentation (optional: checks run without it).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk python3-jieba \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The indicator classifiers (issue #6); without them two rules fall back to word lists.
COPY --from=build /source/models ./models
ENV DOCCHECK_DATA=/data \
    ASPNETCORE_URLS=http://0.0.0.0:8080
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "DocCheck.Web.dll"]
