using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DocCheck.Web.Apis;

/// <summary>
/// The last line for malformed requests read outside the upload code (a form or body read by the framework): Kestrel's
/// <see cref="BadHttpRequestException"/> and the form reader's <see cref="InvalidDataException"/> become their 4xx
/// status with a one-line Chinese reason, not a 500 that looks like a fault of DocCheck.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status is < 400 or >= 500)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = "请求无法处理",
                Detail = status == StatusCodes.Status413PayloadTooLarge ? "请求内容超过大小上限。" : "请求内容格式不正确，无法读取；请刷新页面后重试。",
            },
        }).ConfigureAwait(false);
    }
}
