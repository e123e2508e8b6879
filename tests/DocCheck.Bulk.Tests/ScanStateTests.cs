using Microsoft.Data.Sqlite;

namespace DocCheck.Bulk.Tests;

/// <summary>The state file's schema: a file of the previous schema is upgraded in place, an unknown one refused.</summary>
public sealed class ScanStateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-state-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Schema1File_IsUpgraded_KeepingItsResultsAndMarks()
    {
        var path = Path.Combine(_folder, "old.sqlite");
        Write(path, "1", """
            CREATE TABLE results (sha256 TEXT NOT NULL, engine_version TEXT NOT NULL, settings TEXT NOT NULL, unreadable INTEGER NOT NULL,
                reason TEXT NULL, note_json BLOB NULL, checked_at TEXT NOT NULL, PRIMARY KEY (sha256, engine_version, settings));
            CREATE TABLE in_progress (sha256 TEXT NOT NULL, engine_version TEXT NOT NULL, settings TEXT NOT NULL, path TEXT NOT NULL,
                interrupted INTEGER NOT NULL, PRIMARY KEY (sha256, engine_version, settings));
            INSERT INTO results VALUES ('aa', 'v', 'default', 1, '无法读取', NULL, '2026-01-02T03:04:05.0000000+00:00');
            INSERT INTO in_progress VALUES ('bb', 'v', 'default', '2023/报告.docx', 1);
            """);

        using (var state = ScanState.Open(path))
        {
            var stored = state.Find("aa", "v", "default");
            Assert.Equal("无法读取", stored!.Reason);
            Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), stored.CheckedAt);
            var mark = Assert.Single(state.Unfinished("v", "default"));
            Assert.Equal(new UnfinishedCheck("bb", "2023/报告.docx", 0, null), mark); // schema 1 knew no better than "beside others"

            state.BeginCheck("bb", "v", "default", "2023/报告.docx", alone: true);
            Assert.Equal(1, state.Unfinished("v", "default").Single().AloneChecks);
        }

        Assert.Equal("2", Schema(path));
        using (var reopened = ScanState.Open(path))
        {
            Assert.Equal(1, reopened.Count("v", "default"));
        }
    }

    [Fact]
    public void FileOfAnUnknownSchema_IsRefused_WithItsVersion()
    {
        var path = Path.Combine(_folder, "new.sqlite");
        Write(path, "3", string.Empty);
        var error = Assert.Throws<InvalidDataException>(() => ScanState.Open(path));
        Assert.Contains("版本为 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("3", Schema(path));
    }

    private static void Write(string path, string schema, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', $v);" + sql;
        command.Parameters.AddWithValue("$v", schema);
        command.ExecuteNonQuery();
    }

    private static string? Schema(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
        return (string?)command.ExecuteScalar();
    }
}
