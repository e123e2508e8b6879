namespace DocCheck.Web.Security;

/// <summary>
/// The headers every answer carries. Pages load scripts, styles and images from this site only, run no inline script
/// (there is none: site.js reads what it needs from the markup), cannot be framed, and do not leak their addresses
/// to other sites. An endpoint may set a stricter policy of its own (the page images do).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy of the pages and the API.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The job dashboard's (Hangfire's own pages): they colour job states in style attributes, so styles may be inline
    /// there; scripts may not (it has none inline).
    /// </summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Adds the headers as the answer starts, so that error answers (whose handler clears the headers first) carry them
    /// too, and so that a policy an endpoint set itself is kept.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        var dashboard = context.Request.Path.StartsWithSegments("/hangfire");
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.TryAdd("Content-Security-Policy", dashboard ? DashboardContentSecurityPolicy : ContentSecurityPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    });
}
