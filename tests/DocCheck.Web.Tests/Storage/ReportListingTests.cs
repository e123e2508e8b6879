using DocCheck.Jobs.Storage;
using Microsoft.Data.Sqlite;

namespace DocCheck.Web.Tests.Storage;

/// <summary>Listings read reports and their results' counts in one query, never the notes.</summary>
public sealed class ReportListingTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "doccheck-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Listing_CarriesTheCountsOfDoneReports_ByTheEngineThatCheckedThem()
    {
        var store = new SqlReportStore(new SqliteDatabase(_data));
        await store.InitializeAsync();
        var batch = await store.AddBatchAsync("2024年度.zip", "审核员甲", []);
        var done = await store.AddReportAsync(new NewReport(new string('a', 64), "甲.docx", "docx", 10, "审核员甲", batch), "e1");
        var queued = await store.AddReportAsync(new NewReport(new string('a', 64), "乙.docx", "docx", 10, "审核员甲", batch), "e1");
        var newerEngine = await store.AddReportAsync(new NewReport(new string('c', 64), "丙.pdf", "pdf", 10, "审核员甲", batch), "e2");
        var elsewhere = await store.AddReportAsync(new NewReport(new string('d', 64), "丁.pdf", "pdf", 10, "审核员乙"), "e1");
        await store.SaveResultAsync(new StoredResult(new string('a', 64), "e1", "return", 2, 1, 0, 0, [1], DateTimeOffset.UtcNow));
        await store.SaveResultAsync(new StoredResult(new string('c', 64), "e1", "pass", 0, 0, 0, 3, [1], DateTimeOffset.UtcNow));
        await store.MarkDoneAsync(done, "e1");
        await store.MarkDoneAsync(newerEngine, "e2"); // its e2 result is not saved: the e1 one is not its result

        var listing = await store.ListBatchReportsWithCountsAsync(batch);
        Assert.Equal([done, queued, newerEngine], listing.Select(l => l.Report.Id));
        Assert.Equal(new ResultCounts("return", 2, 1, 0), listing[0].Counts);
        Assert.Null(listing[1].Counts); // same content, but not done yet
        Assert.Null(listing[2].Counts);

        var page = await store.ListReportsWithCountsAsync(0, 2);
        Assert.Equal([elsewhere, newerEngine], page.Select(l => l.Report.Id));
        Assert.Equal("丁.pdf", page[0].Report.FileName);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
