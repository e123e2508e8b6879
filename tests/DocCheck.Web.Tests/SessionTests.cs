using System.Net;
using DocCheck.Jobs.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Tests;

/// <summary>
/// Sessions end when they should, on the very next request and for every copy of the cookie: deletion, a change of
/// roles, sign-out, a password change; and a cookie made by another deployment opens nothing.
/// </summary>
public sealed class SessionTests
{
    private const string Password = "reviewer-password-1";
    private static readonly string Seed = DocCheckWebApp.Corpus("docx/seed-003-comprehensive-affairs-2020.docx");

    [Fact]
    public async Task DeletedUser_TheirCookieIsRefused()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        await Accounts(app).SaveUserAsync("reviewer1", Password, [Roles.Reviewer], mustChangePassword: false);
        var reviewer = await PageClient.SignedInAsync(app, "reviewer1", Password);
        Assert.True(await reviewer.IsSignedInAsync());

        var admin = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        var deleted = await admin.PostFormAsync("/admin?handler=DeleteUser", new Dictionary<string, string> { ["name"] = "reviewer1" });
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        Assert.False(await reviewer.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.Http.GetAsync("/api/reports")).StatusCode);
    }

    [Fact]
    public async Task DemotedReviewer_CannotUpload_OnTheNextRequest()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        await Accounts(app).SaveUserAsync("reviewer1", Password, [Roles.Reviewer], mustChangePassword: false);
        var reviewer = await PageClient.SignedInAsync(app, "reviewer1", Password);
        var token = await reviewer.ScriptTokenAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await reviewer.UploadAsync(Seed, "a.docx")).StatusCode);

        var admin = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        await admin.PostFormAsync("/admin?handler=SaveUser", new Dictionary<string, string>
        {
            ["name"] = "reviewer1",
            ["password"] = Password,
            ["roles"] = Roles.Checker,
        });

        // The very next upload, with the token the page gave before: the session is over.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Seed)), "files", "b.docx" } },
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.Http.SendAsync(request)).StatusCode);

        // Signed in again, they have the checker's rights only.
        var checker = await PageClient.SignedInAsync(app, "reviewer1", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await checker.UploadAsync(Seed, "c.docx")).StatusCode);
    }

    [Fact]
    public async Task CopiedCookie_AfterSignOut_IsRefused()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var browser = PageClient.Of(app);
        var signIn = await browser.SignInAsync("admin", DocCheckWebApp.AdminPassword);
        var cookie = PageClient.SetCookie(signIn, PageClient.AuthCookie) ?? throw new InvalidOperationException("No sign-in cookie.");
        var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", $"{PageClient.AuthCookie}={cookie}");
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignOutAsync()).StatusCode);

        var afterSignOut = await thief.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.StartsWith("/account/login", afterSignOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/reports")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessions_AndKeepsThisOne()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        await Accounts(app).SaveUserAsync("reviewer1", Password, [Roles.Reviewer], mustChangePassword: false);
        var office = await PageClient.SignedInAsync(app, "reviewer1", Password);
        var laptop = await PageClient.SignedInAsync(app, "reviewer1", Password);

        var changed = await office.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Password,
            ["NewPassword"] = "new-password-2",
            ["Confirm"] = "new-password-2",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.True(await office.IsSignedInAsync());
        Assert.False(await laptop.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PageClient.Of(app).SignInAsync("reviewer1", "new-password-2")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-password-9")]
    public async Task PasswordChange_WithoutTheCurrentPassword_IsRefused(string? current)
    {
        // A session left open on a shared computer must not be enough to take the account over.
        await using var app = new DocCheckWebApp(runChecks: false);
        await Accounts(app).SaveUserAsync("reviewer1", Password, [Roles.Reviewer], mustChangePassword: false);
        var office = await PageClient.SignedInAsync(app, "reviewer1", Password);
        var form = new Dictionary<string, string> { ["NewPassword"] = "new-password-2", ["Confirm"] = "new-password-2" };
        if (current is not null)
        {
            form["CurrentPassword"] = current;
        }

        var refused = await office.PostFormAsync("/account/password", form);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("当前密码不正确", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PageClient.Of(app).SignInAsync("reviewer1", Password)).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_AfterAOneTimePassword_NeedsNoCurrentPassword()
    {
        // The one-time password was typed a moment ago to sign in; the form asks only for the new one.
        await using var app = new DocCheckWebApp(runChecks: false);
        await Accounts(app).SaveUserAsync("reviewer1", Password, [Roles.Reviewer], mustChangePassword: true);
        var office = await PageClient.SignedInAsync(app, "reviewer1", Password);

        var changed = await office.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["NewPassword"] = "new-password-2",
            ["Confirm"] = "new-password-2",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PageClient.Of(app).SignInAsync("reviewer1", "new-password-2")).StatusCode);
    }

    [Fact]
    public async Task SignIn_SurvivesARestart_OfTheSameDeployment()
    {
        var data = Directory.CreateTempSubdirectory("doccheck-web-").FullName;
        string cookie;
        await using (var first = new DocCheckWebApp(data, runChecks: false))
        {
            var signIn = await PageClient.Of(first).SignInAsync("admin", DocCheckWebApp.AdminPassword);
            cookie = PageClient.SetCookie(signIn, PageClient.AuthCookie)!;
        }

        await using var restarted = new DocCheckWebApp(data, runChecks: false);
        var client = restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{PageClient.AuthCookie}={cookie}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task CookieAndFormToken_OfAnotherDeployment_AreWorthless()
    {
        // Deployment A: an admin's cookie, and the sign-in form's token with its anti-forgery cookie.
        string authCookie, antiforgeryCookie, formToken;
        await using (var other = new DocCheckWebApp(runChecks: false))
        {
            var browser = PageClient.Of(other);
            var form = await browser.Http.GetAsync("/account/login");
            antiforgeryCookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
            formToken = await browser.FormTokenAsync("/account/login");
            authCookie = PageClient.SetCookie(await browser.SignInAsync("admin", DocCheckWebApp.AdminPassword), PageClient.AuthCookie)!;
        }

        // Deployment B, another data folder with an admin of the same name and password, run by the same OS user.
        await using var app = new DocCheckWebApp(runChecks: false);
        var cookieFormat = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
        Assert.Null(cookieFormat.Unprotect(authCookie));

        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        visitor.DefaultRequestHeaders.Add("Cookie", $"{PageClient.AuthCookie}={authCookie}");
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/hangfire")).StatusCode);

        // The anti-forgery token is refused too: nothing protected by A's keys is read by B.
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin",
                ["Password"] = DocCheckWebApp.AdminPassword,
                ["__RequestVerificationToken"] = formToken,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgeryCookie);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(signIn)).StatusCode);
    }

    private static AccountStore Accounts(DocCheckWebApp app) => app.Services.GetRequiredService<AccountStore>();
}
