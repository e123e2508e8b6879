using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DocCheck.Web.Tests;

/// <summary>
/// A browser's view of the web app over HTTP: a client with its own cookies that fills in forms with their
/// anti-forgery token, as a person at the pages would.
/// </summary>
public sealed partial class PageClient(HttpClient client)
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string AuthCookie = "doccheck.auth";

    public HttpClient Http { get; } = client;

    /// <summary>A new client of the app, not signed in, that does not follow redirects.</summary>
    public static PageClient Of(DocCheckWebApp app) => new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A new client of the app signed in as the user (asserting that the sign-in worked).</summary>
    public static async Task<PageClient> SignedInAsync(DocCheckWebApp app, string user, string password)
    {
        var page = Of(app);
        var response = await page.SignInAsync(user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return page;
    }

    /// <summary>Posts the sign-in form.</summary>
    public Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        PostFormAsync("/account/login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });

    /// <summary>Posts a form of a page, with the token from that page (a handler: <c>/admin?handler=DeleteUser</c>).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields, string? formPage = null)
    {
        var token = await FormTokenAsync(formPage ?? path.Split('?')[0]);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(path, content);
    }

    /// <summary>Signs out with the layout's button.</summary>
    public Task<HttpResponseMessage> SignOutAsync() => PostFormAsync("/account/logout", new Dictionary<string, string>(), formPage: "/");

    /// <summary>The anti-forgery token of a page's forms.</summary>
    public async Task<string> FormTokenAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        var match = FormToken().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No form token on {page}: {html}");
    }

    /// <summary>The token the pages' scripts send in X-CSRF-TOKEN.</summary>
    public async Task<string> ScriptTokenAsync() => MetaToken().Match(await Http.GetStringAsync("/")).Groups[1].Value;

    /// <summary>Uploads a file as the upload script does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string path, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", name } },
        };
        request.Headers.Add("X-CSRF-TOKEN", await ScriptTokenAsync());
        return await Http.SendAsync(request);
    }

    /// <summary>Whether the reports page opens (rather than sending the client to sign in).</summary>
    public async Task<bool> IsSignedInAsync()
    {
        var response = await Http.GetAsync("/");
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>The value of a cookie a response set.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Where(v => v.StartsWith(name + "=", StringComparison.Ordinal)).Select(v => v[(name.Length + 1)..]).LastOrDefault()
            : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}
