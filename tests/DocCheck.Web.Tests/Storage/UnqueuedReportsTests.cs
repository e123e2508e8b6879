using DocCheck.Jobs.Storage;
using Microsoft.Data.Sqlite;

namespace DocCheck.Web.Tests.Storage;

/// <summary>
/// The store's side of re-queuing reports whose web process died between recording them and queuing their job
/// (the embedded SQLite store here; <c>ScaleOutTests</c> runs the sweep itself on PostgreSQL).
/// </summary>
public sealed class UnqueuedReportsTests : IDisposable
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
