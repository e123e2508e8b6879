using System.Net;
using DocCheck.Jobs.Accounts;
using DocCheck.Web.Accounts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DocCheck.Web.Tests.Security;

/// <summary>
/// Guessing is slowed over real HTTP: a name is locked after repeated wrong passwords (even the right one is then
/// refused), an address is limited across names and for API keys, and an unknown name costs the same hashing as a
/// known one.
/// </summary>
public sealed class ThrottlingTests
{
    [Fact]
    public async Task ThirtyWrongPasswords_AreThrottled_AndThePageSaysWhenToTryAgain()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var browser = PageClient.Of(app);
        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            answers.Add(await browser.SignInAsync("admin", "wrong-password-" + attempt));
        }

        Assert.All(answers.Take(4), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(4), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Equal("60", answers[4].Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = await answers[^1].Content.ReadAsStringAsync();
        Assert.True(body.Contains("登录失败次数过多，该用户名已暂时锁定，请在 1 分钟后再试", StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CorrectPassword_DuringALockout_IsRefused_AndWorksOnceItIsOver()
    {
        await using var app = new DocCheckWebApp(runChecks: false, settings: new Dictionary<string, string> { ["DocCheck:SignIn:FirstLockoutSeconds"] = "2" });
        var browser = PageClient.Of(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SignInAsync("admin", "wrong-password");
        }

        var refused = await browser.SignInAsync("admin", DocCheckWebApp.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Null(PageClient.SetCookie(refused, PageClient.AuthCookie));
        Assert.False(await browser.IsSignedInAsync());

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("admin", DocCheckWebApp.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task OneAddress_TryingManyNames_IsLimited_WithRetryAfter()
    {
        await using var app = new DocCheckWebApp(runChecks: false, settings: new Dictionary<string, string> { ["DocCheck:SignIn:AttemptsPerAddressPerMinute"] = "10" });
        var browser = PageClient.Of(app);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("user" + attempt, "wrong-password")).StatusCode);
        }

        var limited = await browser.SignInAsync("user-eleven", "wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Contains("登录尝试过于频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/account/login")).StatusCode); // the form still shows
    }

    [Fact]
    public async Task WrongApiKeys_FromOneAddress_Get429_EvenWithAValidKeyAfterwards()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var guesser = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
            wrong.Headers.Add("X-Api-Key", "dck_guess" + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.SendAsync(wrong)).StatusCode);
        }

        using var valid = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
        valid.Headers.Add("X-Api-Key", DocCheckWebApp.ApiKey);
        var throttled = await guesser.SendAsync(valid);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
        Assert.Contains("API 密钥验证失败次数过多", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownName_IsCheckedAgainstAHashOfTheSameCost_AsAKnownName()
    {
        var verifier = new RecordingVerifier();
        await using var app = new DocCheckWebApp(runChecks: false);
        using var watched = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IPasswordVerifier>(verifier)));
        var browser = new PageClient(watched.CreateClient(new() { AllowAutoRedirect = false }));

        await browser.SignInAsync("admin", "wrong-password");
        await browser.SignInAsync("no-such-user", "wrong-password");
        await browser.SignInAsync(string.Empty.PadLeft(3), "wrong-password");

        Assert.Equal(3, verifier.Hashes.Count);
        var known = (await watched.Services.GetRequiredService<AccountStore>().FindUserAsync("admin"))!.PasswordHash;
        Assert.Equal(known, verifier.Hashes[0]);
        Assert.All(verifier.Hashes.Skip(1), hash => Assert.Equal(Cost(known), Cost(hash)));
        Assert.All(verifier.Hashes.Skip(1), hash => Assert.NotEqual(known, hash));
    }

    // "pbkdf2-sha256$iterations$salt$hash": algorithm, iterations and the lengths of salt and hash set the work.
    private static string Cost(string hash)
    {
        var parts = hash.Split('$');
        return $"{parts[0]} {parts[1]} {parts[2].Length} {parts[3].Length}";
    }

    private sealed class RecordingVerifier : IPasswordVerifier
    {
        public List<string> Hashes { get; } = [];

        public bool Verify(string password, string storedHash)
        {
            Hashes.Add(storedHash);
            return PasswordHashing.Verify(password, storedHash);
        }
    }
}
