using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocCheck.Bulk;

/// <summary>
/// The state file of a bulk scan (SQLite): one row per content SHA-256, engine version and settings, holding the
/// note's JSON or the reason the content could not be read. A re-run reuses every row of its engine version and
/// settings, so an interrupted scan resumes where it stopped and an unchanged archive is not checked again.
/// Internal errors are not stored: the next run tries those files again. Each check in progress is also written down
/// before it starts and struck off when it ends, so a file that took the whole process down (a stack overflow, the
/// kernel's OOM killer) is known to the next run, which tries it once more and then skips it. Safe for concurrent use
/// from the scan's workers (one connection, one writer at a time; each result is committed as it is made).
/// </summary>
public sealed class ScanState : IDisposable
{
    private const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private ScanState(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    /// <summary>Opens or creates a state file.</summary>
    /// <exception cref="InvalidDataException">The file is not a state file of this schema (one-line Chinese reason).</exception>
    public static ScanState Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS results (
                    sha256 TEXT NOT NULL,
                    engine_version TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    unreadable INTEGER NOT NULL,
                    reason TEXT NULL,
                    note_json BLOB NULL,
                    checked_at TEXT NOT NULL,
                    PRIMARY KEY (sha256, engine_version, settings));
                CREATE TABLE IF NOT EXISTS in_progress (
                    sha256 TEXT NOT NULL,
                    engine_version TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    path TEXT NOT NULL,
                    interrupted INTEGER NOT NULL,
                    PRIMARY KEY (sha256, engine_version, settings));
                """);
            using var schema = connection.CreateCommand();
            schema.CommandText = "INSERT INTO meta (key, value) VALUES ('schema', $v) ON CONFLICT(key) DO NOTHING; SELECT value FROM meta WHERE key = 'schema';";
            schema.Parameters.AddWithValue("$v", SchemaVersion.ToString(CultureInfo.InvariantCulture));
            var version = Convert.ToString(schema.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException($"状态文件 {full} 的版本为 {version}，本程序只能读取版本 {SchemaVersion}；请换一个状态文件（--state）。");
            }
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new InvalidDataException($"无法打开状态文件 {full}：{ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new ScanState(connection, full);
    }

    /// <summary>The stored outcome for a content under an engine version and settings, if any.</summary>
    public StoredOutcome? Find(string sha256, string engineVersion, string settings)
    {
        lock (_lock)
        {
            using var command = Command("SELECT unreadable, reason, note_json FROM results WHERE sha256 = $sha AND engine_version = $engine AND settings = $settings",
                ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new StoredOutcome(reader.GetInt64(0) != 0, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2));
        }
    }

    /// <summary>
    /// Writes down that a content's check starts; returns how many earlier checks of it never ended (the process
    /// died during them). <see cref="Save"/> or <see cref="EndCheck"/> strikes it off.
    /// </summary>
    public int BeginCheck(string sha256, string engineVersion, string settings, string path)
    {
        lock (_lock)
        {
            // A row still here at the start of a check is a check that never ended: count it as one interruption.
            using var command = Command(
                """
                INSERT INTO in_progress (sha256, engine_version, settings, path, interrupted) VALUES ($sha, $engine, $settings, $path, 0)
                ON CONFLICT (sha256, engine_version, settings) DO UPDATE SET interrupted = interrupted + 1, path = excluded.path
                RETURNING interrupted
                """,
                ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings), ("$path", path));
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Strikes off a check that ended without a stored outcome (an internal error, a cancellation).</summary>
    public void EndCheck(string sha256, string engineVersion, string settings)
    {
        lock (_lock)
        {
            StrikeOff(sha256, engineVersion, settings);
        }
    }

    /// <summary>The files whose checks an earlier run started and never ended, by path.</summary>
    public IReadOnlyList<string> Interrupted(string engineVersion, string settings)
    {
        lock (_lock)
        {
            using var command = Command("SELECT path FROM in_progress WHERE engine_version = $engine AND settings = $settings ORDER BY path",
                ("$engine", engineVersion), ("$settings", settings));
            using var reader = command.ExecuteReader();
            var paths = new List<string>();
            while (reader.Read())
            {
                paths.Add(reader.GetString(0));
            }

            return paths;
        }
    }

    /// <summary>Stores (or replaces) an outcome, and strikes off the content's check in progress.</summary>
    public void Save(string sha256, string engineVersion, string settings, StoredOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            StrikeOff(sha256, engineVersion, settings);

            using var command = Command(
                """
                INSERT INTO results (sha256, engine_version, settings, unreadable, reason, note_json, checked_at)
                VALUES ($sha, $engine, $settings, $unreadable, $reason, $note, $at)
                ON CONFLICT (sha256, engine_version, settings) DO UPDATE SET
                    unreadable = excluded.unreadable, reason = excluded.reason, note_json = excluded.note_json, checked_at = excluded.checked_at
                """,
                ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings), ("$unreadable", outcome.Unreadable ? 1 : 0),
                ("$reason", outcome.Reason), ("$note", outcome.NoteJson), ("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>How many outcomes are stored for an engine version and settings.</summary>
    public int Count(string engineVersion, string settings)
    {
        lock (_lock)
        {
            using var command = Command("SELECT COUNT(*) FROM results WHERE engine_version = $engine AND settings = $settings", ("$engine", engineVersion), ("$settings", settings));
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private void StrikeOff(string sha256, string engineVersion, string settings)
    {
        using var command = Command("DELETE FROM in_progress WHERE sha256 = $sha AND engine_version = $engine AND settings = $settings",
            ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings));
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is always a constant of this class.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // SQL text is always a constant of this class; values go through parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
