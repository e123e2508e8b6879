using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Web.Tests;

/// <summary>A zip uploaded to the web app becomes a batch: its reports are checked, its progress shown, its summaries offered.</summary>
public sealed class BatchTests
{
    [Fact]
    public async Task Zip_BecomesABatch_WithProgress_RefusedEntries_AndSummaries()
    {
        await using var app = new DocCheckWebApp();
        var api = app.ApiClient();
        var zip = Zip(
            ("县教育局/r01.docx", await File.ReadAllBytesAsync(DocCheckWebApp.Corpus("docx/r01-school-renovation-2022.docx"))),
            ("县卫健委/r04.pdf", await File.ReadAllBytesAsync(DocCheckWebApp.Corpus("pdf/libreoffice/r04-public-health-selfeval-2022.pdf"))),
            ("../evil.docx", await File.ReadAllBytesAsync(DocCheckWebApp.Corpus("docx/r02-farmland-subsidy-selfeval-2023.docx"))),
            ("说明.docx", "不是 Word 文档"u8.ToArray()));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(zip), "files", "2023年度.zip" } };

        var upload = JsonSerializer.Deserialize<JsonElement>(await (await api.PostAsync("/api/reports", form)).Content.ReadAsStringAsync());
        var file = upload.GetProperty("files")[0];
        Assert.True(file.GetProperty("accepted").GetBoolean());
        Assert.Equal(2, file.GetProperty("batchReports").GetInt32());
        var batchId = file.GetProperty("batchId").GetInt64();

        JsonElement batch;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        do
        {
            await Task.Delay(300);
            batch = await api.GetFromJsonAsync<JsonElement>($"/api/batches/{batchId}");
        }
        while (!batch.GetProperty("finished").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.Equal((2, 2, 0), (batch.GetProperty("total").GetInt32(), batch.GetProperty("done").GetInt32(), batch.GetProperty("failed").GetInt32()));
        var rejected = batch.GetProperty("rejected").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(rejected, r => r.StartsWith("../evil.docx：", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r.StartsWith("说明.docx：", StringComparison.Ordinal));
        Assert.Contains(batch.GetProperty("reports").EnumerateArray(), r => r.GetProperty("fileName").GetString() == "县教育局／r01.docx");

        // The workbook: one row per report (plus refused entries) on its first sheet.
        var xlsx = await api.GetAsync($"/api/batches/{batchId}/summary.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            var firstSheet = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
            Assert.Equal("报告汇总", firstSheet.Name?.Value);
        }

        var html = await api.GetStringAsync($"/api/batches/{batchId}/summary.html");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("县卫健委／r04.pdf", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/batches/{batchId}/summary.exe")).StatusCode);

        var page = await api.GetStringAsync($"/batches/{batchId}");
        Assert.Contains("已完成 <b id=\"batch-done\">2</b> / 2 份", page, StringComparison.Ordinal);
        Assert.Contains("../evil.docx：", page, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
