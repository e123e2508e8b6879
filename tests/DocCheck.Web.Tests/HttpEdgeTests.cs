using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DocCheck.Web.Tests;

/// <summary>Malformed requests get a 400 and a one-line Chinese reason, never a 500.</summary>
public sealed class HttpEdgeTests
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "quote in the file name", "multipart/form-data; boundary=XyZ" },
        { "wrong boundary", "multipart/form-data; boundary=NotTheOneUsed" },
        { "missing boundary", "multipart/form-data" },
        { "unterminated body", "multipart/form-data; boundary=XyZ" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedMultipart_ToTheApi_Is400WithAChineseReason(string kind, string contentType)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var response = await app.ApiClient().SendAsync(Upload("/api/reports", kind, contentType));
        await AssertBadRequestAsync(response);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedMultipart_ToTheUploadPage_Is400WithAChineseReason(string kind, string contentType)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var browser = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        var request = Upload("/?handler=Upload", kind, contentType);
        request.Headers.Add("X-CSRF-TOKEN", await browser.ScriptTokenAsync());
        await AssertBadRequestAsync(await browser.Http.SendAsync(request));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/password")]
    [InlineData("/admin?handler=SaveUser")]
    [InlineData("/reports/1?handler=Judge")]
    public async Task MalformedMultipart_ToAnyOtherForm_IsNeverA500(string path)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var browser = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        foreach (var (kind, contentType) in new[] { ("wrong boundary", "multipart/form-data; boundary=NotTheOneUsed"), ("unterminated body", "multipart/form-data; boundary=XyZ") })
        {
            var request = Upload(path, kind, contentType);
            request.Headers.Add("X-CSRF-TOKEN", await browser.ScriptTokenAsync());
            var response = await browser.Http.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("上传内容格式不正确", body, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Upload(string path, string kind, string contentType)
    {
        var fileName = kind == "quote in the file name" ? "a\"b.docx" : "a.docx";
        var body = $"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 not really a report\r\n";
        if (kind != "unterminated body")
        {
            body += "--XyZ--\r\n";
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}
