using DocCheck.Jobs.Storage;
using Microsoft.Data.Sqlite;

namespace DocCheck.Web.Tests.Storage;

/// <summary>
/// The report store on the embedded SQLite database: re-queuing reports whose web process died between recording
/// them and queuing their job (<c>ScaleOutTests</c> runs the sweep itself on PostgreSQL), migrating old data folders,
/// and listings that read reports and their results' counts in one query, never the notes.
/// </summary>
public sealed class SqliteReportStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "doccheck-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TakeUnqueued_TakesOnlyQueuedReportsWithoutAJob_RecordedBeforeTheCutoff_EachOnce()
    {
        var store = new SqlReportStore(new SqliteDatabase(_data));
        await store.InitializeAsync();
        var orphan = await AddAsync(store, "orphan.docx");
        var queued = await AddAsync(store, "queued.docx");
        await store.MarkEnqueuedAsync(queued, "17");
        var finished = await AddAsync(store, "finished.docx");
        await store.MarkDoneAsync(finished, "e1");

        Assert.Empty(await store.TakeUnqueuedReportsAsync(DateTimeOffset.UtcNow.AddMinutes(-1))); // too young: maybe in flight
        Assert.Equal([orphan], await store.TakeUnqueuedReportsAsync(DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Empty(await store.TakeUnqueuedReportsAsync(DateTimeOffset.UtcNow.AddMinutes(1))); // taken already

        // A retry clears the old job: should its process die before queuing the new one, the report is swept again.
        await store.MarkFailedAsync(queued, "磁盘已满。");
        await store.MarkQueuedAsync(queued, "e1");
        Assert.Equal([queued], await store.TakeUnqueuedReportsAsync(DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task DataFolderFromBeforeJobIds_GetsTheColumnOnStart_AndKeepsItsReports()
    {
        Directory.CreateDirectory(_data);
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(_data, SqliteDatabase.FileName)};Pooling=False"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText =
                """
                CREATE TABLE reports (id INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT NOT NULL, file_name TEXT NOT NULL,
                    format TEXT NOT NULL, size INTEGER NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL,
                    status TEXT NOT NULL, engine_version TEXT NOT NULL, failure TEXT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                    finished_at TEXT NULL, batch_id INTEGER NULL);
                INSERT INTO reports (sha256, file_name, format, size, uploaded_by, uploaded_at, status, engine_version)
                VALUES ('aa', '旧报告.docx', 'docx', 1, '审核员甲', '2026-01-05T08:00:00.0000000Z', 'queued', 'e0');
                """;
            await create.ExecuteNonQueryAsync();
        }

        var store = new SqlReportStore(new SqliteDatabase(_data));
        await store.InitializeAsync();
        await store.InitializeAsync(); // the column is added once
        Assert.Equal([1L], await store.TakeUnqueuedReportsAsync(DateTimeOffset.UtcNow));
        await store.MarkEnqueuedAsync(1, "3");
        Assert.Equal("旧报告.docx", (await store.GetReportAsync(1))!.FileName);
    }

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

    private static Task<long> AddAsync(SqlReportStore store, string name) =>
        store.AddReportAsync(new NewReport(new string('b', 64), name, "docx", 10, "审核员甲"), "e1");
}
