using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace DocCheck.Web.Tests;

/// <summary>
/// Malformed requests get a 400 and a one-line Chinese reason, never a 500; what people type is bounded; names from
/// uploads reach no output with their control characters.
/// </summary>
public sealed class HttpEdgeTests
{
    private static readonly string Seed = DocCheckWebApp.Corpus("docx/seed-003-comprehensive-affairs-2020.docx");

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

    [Fact]
    public async Task LongComment_IsRefused_OnTheApiAndThePage_WithAChineseReason()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var tooLong = new string('长', 2_001);

        var api = await app.ApiClient().PutAsJsonAsync("/api/reports/1/findings/0/judgement", new { decision = "dismissed", comment = tooLong });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("质检意见不能超过 2000 字（现为 2001 字）", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var browser = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        var page = await browser.PostFormAsync("/reports/1?handler=Judge", new Dictionary<string, string>
        {
            ["index"] = "0",
            ["decision"] = "dismissed",
            ["comment"] = tooLong,
        }, formPage: "/");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("质检意见不能超过 2000 字", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SaveUser", "用户名不能超过 64 个字符")]
    [InlineData("CreateKey", "密钥用途不能超过 100 个字符")]
    public async Task LongNames_AreRefused_OnTheAdminPage(string handler, string reason)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var admin = await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword);
        var response = await admin.PostFormAsync($"/admin?handler={handler}", new Dictionary<string, string>
        {
            ["name"] = new string('名', 200),
            ["password"] = "password-123",
            ["roles"] = "reviewer",
        });

        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(new string('名', 200), await admin.Http.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlCharacters_InUploadedNames_ReachNoOutput()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var api = app.ApiClient();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("报告\u001b[2J\u0085甲.docx").Open();
            await entry.WriteAsync(await File.ReadAllBytesAsync(Seed));
        }

        var file = new ByteArrayContent(zip.ToArray());
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "files", FileNameStar = "批次\u0007\r\n.zip" };
        using var form = new MultipartFormDataContent { file };
        var upload = await api.PostAsync("/api/reports", form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);

        var outputs = new[]
        {
            await upload.Content.ReadAsStringAsync(),
            await api.GetStringAsync("/api/reports"),
            await api.GetStringAsync("/api/batches/1"),
            await api.GetStringAsync("/api/batches/1/summary.html"),
            await (await PageClient.SignedInAsync(app, "admin", DocCheckWebApp.AdminPassword)).Http.GetStringAsync("/batches/1"),
        };
        foreach (var output in outputs)
        {
            Assert.DoesNotContain(output, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            Assert.DoesNotContain("\\u001b", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("&#x1B;", output, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("报告\uFFFD[2J\uFFFD甲.docx", outputs[4], StringComparison.Ordinal);
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
