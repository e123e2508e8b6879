using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Web.Tests;

public sealed class ReportsApiTests
{
    private static readonly string Seed = DocCheckWebApp.Corpus("docx/seed-003-comprehensive-affairs-2020.docx");

    [Fact]
    public async Task Health_AnswersWithoutSignIn()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_RequiresSignIn(string path)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/hangfire")]
    [InlineData("/admin")]
    public async Task Pages_RedirectToSignIn(string path)
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheReportsApi()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var document = await app.ApiClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/reports/{id}/findings", document, StringComparison.Ordinal);
        Assert.Contains("/api/verdicts", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_RejectsFilesByContent_NotByName()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var renamed = Path.Combine(app.DataDirectory, "report.docx");
        await File.WriteAllTextAsync(renamed, "这不是 Word 文档");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(renamed)), "files", "report.docx" } };
        var response = await app.ApiClient().PostAsync("/api/reports", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("不是 Word（.docx）或 PDF", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckedReport_HasFindings_AndTheNoteLeavesOutDismissedOnes()
    {
        await using var app = new DocCheckWebApp();
        var client = app.ApiClient();
        var upload = await DocCheckWebApp.UploadAsync(client, Seed);
        var id = upload.GetProperty("files")[0].GetProperty("reportId").GetInt64();
        var report = await DocCheckWebApp.WaitUntilFinishedAsync(client, id);
        Assert.Equal("done", report.GetProperty("status").GetString());

        var findings = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}/findings");
        Assert.True(findings.GetArrayLength() >= 2);
        var dismissed = findings[0];
        Assert.NotEmpty(dismissed.GetProperty("evidence").EnumerateArray());

        var judged = await client.PutAsJsonAsync($"/api/reports/{id}/findings/0/judgement", new { decision = "dismissed", comment = "口径不同，不构成问题" });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var confirmed = await client.PutAsJsonAsync($"/api/reports/{id}/findings/1/judgement", new { decision = "confirmed" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var sent = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}/note.json");
        var messages = sent.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()).ToList();
        Assert.DoesNotContain(dismissed.GetProperty("message").GetString(), messages);
        Assert.Contains(findings[1].GetProperty("message").GetString(), messages);
        Assert.Equal(findings.GetArrayLength() - 1, messages.Count);

        var all = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}/note.json?all=true");
        Assert.Equal(findings.GetArrayLength(), all.GetProperty("findings").GetArrayLength());

        var docx = await client.GetByteArrayAsync($"/api/reports/{id}/note.docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(findings[1].GetProperty("message").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(dismissed.GetProperty("message").GetString()!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameContentUploadedTwice_IsCheckedOnce()
    {
        await using var app = new DocCheckWebApp();
        var client = app.ApiClient();
        var first = (await DocCheckWebApp.UploadAsync(client, Seed)).GetProperty("files")[0].GetProperty("reportId").GetInt64();
        await DocCheckWebApp.WaitUntilFinishedAsync(client, first);
        var second = (await DocCheckWebApp.UploadAsync(client, Seed)).GetProperty("files")[0].GetProperty("reportId").GetInt64();
        await DocCheckWebApp.WaitUntilFinishedAsync(client, second);

        var store = (DocCheck.Jobs.Storage.IReportStore)app.Services.GetService(typeof(DocCheck.Jobs.Storage.IReportStore))!;
        Assert.Equal(1, (await store.GetReportAsync(first))!.Attempts);
        Assert.Equal(0, (await store.GetReportAsync(second))!.Attempts);
    }

    [Fact]
    public async Task CorruptDocument_FailsAlone_WithItsReason()
    {
        await using var app = new DocCheckWebApp();
        var client = app.ApiClient();
        var bytes = await File.ReadAllBytesAsync(Seed);
        var truncated = Path.Combine(app.DataDirectory, "truncated.docx");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        var upload = await DocCheckWebApp.UploadAsync(client, truncated, Seed);
        var files = upload.GetProperty("files");
        if (files[0].GetProperty("accepted").GetBoolean())
        {
            var failed = await DocCheckWebApp.WaitUntilFinishedAsync(client, files[0].GetProperty("reportId").GetInt64());
            Assert.Equal("failed", failed.GetProperty("status").GetString());
            Assert.False(string.IsNullOrWhiteSpace(failed.GetProperty("failure").GetString()));
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(files[0].GetProperty("rejection").GetString()));
        }

        var good = await DocCheckWebApp.WaitUntilFinishedAsync(client, files[1].GetProperty("reportId").GetInt64());
        Assert.Equal("done", good.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Restart_MidQueue_LosesNothing()
    {
        string data;
        long[] ids;
        await using (var before = new DocCheckWebApp(runChecks: false))
        {
            data = before.DataDirectory;
            var upload = await DocCheckWebApp.UploadAsync(before.ApiClient(), Seed,
                DocCheckWebApp.Corpus("docx/r01-school-renovation-2022.docx"), DocCheckWebApp.Corpus("pdf/libreoffice/r05-rural-roads-2020.pdf"));
            ids = upload.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("reportId").GetInt64()).ToArray();
            var queued = await before.ApiClient().GetFromJsonAsync<JsonElement>($"/api/reports/{ids[0]}");
            Assert.Equal("queued", queued.GetProperty("status").GetString());
        }

        // The in-memory job queue is gone with the first process; the store is not.
        await using var after = new DocCheckWebApp(data);
        var client = after.ApiClient();
        foreach (var id in ids)
        {
            Assert.Equal("done", (await DocCheckWebApp.WaitUntilFinishedAsync(client, id)).GetProperty("status").GetString());
        }
    }
}
