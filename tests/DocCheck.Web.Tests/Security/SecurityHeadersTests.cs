using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocCheck.Web.Tests.Security;

/// <summary>
/// Every kind of answer over real HTTP — pages, forms, API, downloads, the dashboard, static files, errors — carries
/// the security headers; pages have no inline script for the policy to forbid; over HTTPS (in Production) cookies are
/// Secure and HSTS is sent.
/// </summary>
public sealed partial class SecurityHeadersTests
{
    private static readonly string Seed = DocCheckWebApp.Corpus("docx/seed-003-comprehensive-affairs-2020.docx");

    [Fact]
    public async Task EveryKindOfAnswer_CarriesTheHeaders_AndPagesHaveNoInlineScript()
    {
        await using var app = new DocCheckWebApp(environment: "Production");
        var api = app.ApiClient();
        var id = (await DocCheckWebApp.UploadAsync(api, Seed)).GetProperty("files")[0].GetProperty("reportId").GetInt64();
        await DocCheckWebApp.WaitUntilFinishedAsync(api, id);
        var browser = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        var anonymous = PageClient.Of(app);

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("sign-in page", await anonymous.Http.GetAsync("/account/login")),
            ("redirect to sign-in", await anonymous.Http.GetAsync("/")),
            ("health", await anonymous.Http.GetAsync("/health")),
            ("static file", await anonymous.Http.GetAsync("/js/site.js")),
            ("reports page", await browser.Http.GetAsync("/")),
            ("report page", await browser.Http.GetAsync($"/reports/{id}?f=0")),
            ("password page", await browser.Http.GetAsync("/account/password")),
            ("denied page", await browser.Http.GetAsync("/account/denied")),
            ("admin page", await browser.Http.GetAsync("/admin")),
            ("dashboard", await browser.Http.GetAsync("/hangfire")),
            ("missing page", await browser.Http.GetAsync("/no-such-page")),
            ("form post", await browser.PostFormAsync("/admin?handler=CreateKey", new Dictionary<string, string> { ["name"] = "x", ["roles"] = "reviewer" })),
            ("API list", await api.GetAsync("/api/reports")),
            ("API error", await api.GetAsync("/api/reports/999999")),
            ("API unauthorized", await anonymous.Http.GetAsync("/api/reports")),
            ("OpenAPI", await api.GetAsync("/openapi/v1.json")),
            ("note download", await api.GetAsync($"/api/reports/{id}/note.md")),
            ("JSON download", await api.GetAsync($"/api/reports/{id}/note.json")),
            ("Word download", await api.GetAsync($"/api/reports/{id}/note.docx")),
            ("malformed upload", await api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent("x", null, "multipart/form-data") })),
        };

        foreach (var (what, response) in answers)
        {
            var headers = response.Headers;
            Assert.True(headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Single() == "nosniff", what);
            Assert.True(headers.TryGetValues("X-Frame-Options", out var frames) && frames.Single() == "DENY", what);
            Assert.True(headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "same-origin", what);
            Assert.True(headers.TryGetValues("Content-Security-Policy", out var policies), what);
            var policy = policies.Single();
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Matches("script-src 'self';", policy);
            Assert.False(headers.Contains("Strict-Transport-Security"), what + ": HSTS over plain HTTP");

            if (response.Content.Headers.ContentType?.MediaType == "text/html" && what != "dashboard")
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotMatch(InlineScript(), html);
                Assert.DoesNotMatch(EventHandlerAttribute(), html);
                Assert.DoesNotMatch(StyleAttribute(), html);
            }
        }
    }

    [Fact]
    public async Task OverHttps_InProduction_CookiesAreSecure_AndHstsIsSent()
    {
        await using var app = new DocCheckWebApp(runChecks: false, environment: "Production");
        var https = new PageClient(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://doccheck.example"), AllowAutoRedirect = false }));

        var form = await https.Http.GetAsync("/account/login");
        var signIn = await https.SignInAsync("admin", DocCheckWebApp.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(PageClient.AuthCookie + "=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));

        // Over plain HTTP the same cookies could not be sent back if they were Secure: they are not.
        var http = PageClient.Of(app);
        var plain = await http.SignInAsync("admin", DocCheckWebApp.AdminPassword);
        Assert.NotNull(PageClient.SetCookie(plain, PageClient.AuthCookie));
        Assert.DoesNotContain("; secure", string.Join('\n', plain.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    // A <script> element without src: inline code, which the policy would block (and which must not be needed).
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
