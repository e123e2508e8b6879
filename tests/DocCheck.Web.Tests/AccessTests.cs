using System.Net;
using System.Net.Http.Json;
using DocCheck.Jobs.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DocCheck.Web.Tests;

/// <summary>Who may do what, anti-forgery on cookie sign-ins, the upload size limit and encoded report text.</summary>
public sealed class AccessTests
{
    private static readonly string Seed = DocCheckWebApp.Corpus("docx/seed-003-comprehensive-affairs-2020.docx");

    [Fact]
    public async Task Roles_BoundWhatEachKeyMayDo()
    {
        await using var app = new DocCheckWebApp();
        var accounts = app.Services.GetRequiredService<AccountStore>();
        var reviewer = app.CreateClient(new() { AllowAutoRedirect = false });
        reviewer.DefaultRequestHeaders.Add("X-Api-Key", await accounts.CreateApiKeyAsync("budget system", [Roles.Reviewer], "test"));
        var checker = app.CreateClient(new() { AllowAutoRedirect = false });
        checker.DefaultRequestHeaders.Add("X-Api-Key", await accounts.CreateApiKeyAsync("quality", [Roles.Checker], "test"));

        // A checker does not upload; a reviewer does.
        using (var form = Form(Seed, "report.docx"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await checker.PostAsync("/api/reports", form)).StatusCode);
        }

        var id = (await DocCheckWebApp.UploadAsync(reviewer, Seed)).GetProperty("files")[0].GetProperty("reportId").GetInt64();
        await DocCheckWebApp.WaitUntilFinishedAsync(reviewer, id);

        // A reviewer does not judge; a checker does. Neither administers.
        var judgement = new { decision = "dismissed", comment = "测试" };
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsJsonAsync($"/api/reports/{id}/findings/0/judgement", judgement)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await checker.PutAsJsonAsync($"/api/reports/{id}/findings/0/judgement", judgement)).StatusCode);
        foreach (var client in new[] { reviewer, checker })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient().GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_IsRejectedWithTheLimit()
    {
        await using var app = new DocCheckWebApp(runChecks: false, settings: new Dictionary<string, string> { ["DocCheck:MaxUploadMegabytes"] = "1" });
        var large = new byte[(int)(1.5 * 1024 * 1024)];
        var seed = await File.ReadAllBytesAsync(Seed);
        seed.CopyTo(large, 0);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(large), "files", "large.docx" } };

        var response = await app.ApiClient().PostAsync("/api/reports", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("大小上限 1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieSignIn_NeedsTheAntiforgeryToken_OnFormsAndOnScriptPosts()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var browser = PageClient.Of(app);

        // The sign-in form without its token is refused; with it, the admin is signed in.
        var withoutToken = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = DocCheckWebApp.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("admin", DocCheckWebApp.AdminPassword)).StatusCode);

        // The upload script's post needs the page's token in X-CSRF-TOKEN.
        using (var form = Form(Seed, "a.docx"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.Http.PostAsync("/api/reports", form)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await browser.UploadAsync(Seed, "a.docx")).StatusCode);
    }

    [Fact]
    public async Task FileNames_AreHtmlEncoded_InPages()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var api = app.ApiClient();
        using (var form = Form(Seed, "<img src=x onerror=alert(1)>.docx"))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync("/api/reports", form)).StatusCode);
        }

        var browser = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        foreach (var page in new[] { "/", "/reports/1" })
        {
            var html = await browser.Http.GetStringAsync(page);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.docx", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }
    }

    private static MultipartFormDataContent Form(string path, string name) =>
        new() { { new ByteArrayContent(File.ReadAllBytes(path)), "files", name } };
}
