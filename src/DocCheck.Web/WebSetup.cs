using System.Security.Claims;
using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using DocCheck.Web.Accounts;
using DocCheck.Web.Apis;
using DocCheck.Web.Security;
using DocCheck.Web.Views;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DocCheck.Web;

/// <summary>The web app's composition: services, security, pages, the REST API and the job dashboard.</summary>
public static class WebSetup
{
    /// <summary>The default address when none is given (<c>--urls</c> or <c>ASPNETCORE_URLS</c> change it).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    private const string SelectorScheme = "DocCheck";

    /// <summary>Registers everything the web app needs, the embedded job engine included.</summary>
    public static WebApplicationBuilder AddDocCheckWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddDocCheckJobs(builder.Configuration);
        services.AddSingleton<AccountStore>();
        services.AddHostedService<AdminBootstrap>();
        services.AddSingleton<DocumentViews>();
        services.AddSignInThrottling();

        var maxRequest = builder.Configuration.GetSection(DocCheckOptions.Section).GetValue(nameof(DocCheckOptions.MaxRequestMegabytes), 500) * 1024L * 1024L;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxRequest);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxRequest);

        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Cookie or API key", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = "doccheck.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;

                // Secure whenever the page came over HTTPS (behind a TLS proxy: ASPNETCORE_FORWARDEDHEADERS_ENABLED, README).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);

                // The API answers 401/403; only pages redirect to the sign-in form.
                cookie.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);

                // Every request: the user must still exist with the stamp the cookie was made with.
                cookie.Events.OnValidatePrincipal = UserSessions.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.CanUpload, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.CanJudge, p => p.RequireRole(Roles.Checker, Roles.Admin))
            .AddPolicy(Roles.CanAdminister, p => p.RequireRole(Roles.Admin));

        // Chinese text is written as characters, not as &#x…; entities (markup characters are still encoded).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = ReportsApi.AntiforgeryHeader;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddDeploymentDataProtection();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AllowAnonymousToPage("/Account/Login");
            pages.Conventions.AllowAnonymousToPage("/Account/Denied");
            pages.Conventions.AuthorizeFolder("/Admin", Roles.CanAdminister);
        });
        services.AddProblemDetails();
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DocCheck API";
            document.Info.Description = "上传绩效评价报告、查询检查状态与发现、下载审核意见。认证：请求头 X-Api-Key。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    /// <summary>Maps the pages, the API, the dashboard and the health endpoint.</summary>
    public static WebApplication MapDocCheckWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DocCheckOptions>>().Value;
        var storage = options.UsesPostgreSql ? "共享 PostgreSQL 数据库（数据目录仅作本机缓存）" : "内置 SQLite";
        app.Logger.LogInformation("DocCheck 正在启动（{Environment}）：数据目录 {DataDirectory}，存储 {Storage}……", app.Environment.EnvironmentName, options.DataDirectory, storage);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            app.Logger.LogInformation(
                "DocCheck 已就绪，请在浏览器中打开 {Addresses}；数据目录 {DataDirectory}",
                addresses.Count == 0 ? "（服务器未报告地址）" : string.Join("、", addresses), options.DataDirectory);
        });

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS answers (and never for localhost): browsers then refuse plain HTTP to this host for a year.
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeRequirement>();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi();
        app.MapReportsApi();
        app.MapPageViews();
        app.MapRazorPages();

        // The dashboard's own filters are replaced by the admin policy, checked by the endpoint's authorization.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/", DashboardTitle = "DocCheck 任务" })
            .RequireAuthorization(Roles.CanAdminister);
        return app;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The health check: the store answers.</summary>
    private sealed class StoreHealthCheck(IReportStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.CountReportsAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy();
            }
            catch (System.Data.Common.DbException ex)
            {
                return HealthCheckResult.Unhealthy("数据库不可用：" + ex.Message);
            }
        }
    }
}

/// <summary>A user signed in with a one-time password sees only the password form until they choose a new one.</summary>
internal sealed class PasswordChangeRequirement(RequestDelegate next)
{
    /// <summary>The claim marking such a sign-in.</summary>
    public const string Claim = "doccheck:must-change-password";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(Claim, "1") && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/css")
            && !path.StartsWithSegments("/js") && !path.StartsWithSegments("/health"))
        {
            if (path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect("/account/password");
            return Task.CompletedTask;
        }

        return next(context);
    }
}

/// <summary>Claims helpers.</summary>
internal static class UserExtensions
{
    public static string NameOrUnknown(this ClaimsPrincipal user) => user.Identity?.Name ?? "未知用户";

    public static bool SignedInWithApiKey(this ClaimsPrincipal user) => user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName;
}
