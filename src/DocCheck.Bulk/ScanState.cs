using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocCheck.Bulk;

/// <summary>
/// The state file of a bulk scan (SQLite): one row per content SHA-256, engine version and settings, holding the
/// note's JSON or the reason the content could not be read. A re-run reuses every row of its engine version and
/// settings, so an interrupted scan resumes where it stopped and an unchanged archive is not checked again.
/// Internal errors are not stored: the next run tries those files again. Each check in progress is also written down
/// before it starts and struck off when it ends, with whether it ran alone (no other check beside it), so a file that
/// took the whole process down (a stack overflow, the kernel's OOM killer) is known to the next run: a check that
/// died beside others may have been a bystander and is tried again alone; one that died alone names its file.
/// Safe for concurrent use from the scan's workers (one connection, one writer at a time; each result is committed
/// as it is made).
/// </summary>
/// <remarks>
/// Schema 2 added <c>in_progress.alone_checks</c> and <c>in_progress.began_at</c>; a schema 1 file is upgraded in
/// place when opened, its results and marks kept. Any other version is refused, so a program never reads a file of
/// a schema it does not know as if it did.
/// </remarks>
public sealed class ScanState : IDisposable
{
    private const int SchemaVersion = 2;

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
                    alone_checks INTEGER NOT NULL DEFAULT 0,
                    began_at TEXT NULL,
                    PRIMARY KEY (sha256, engine_version, settings));
                """);
            var version = SchemaOf(connection);
            if (version == "1")
            {
                version = UpgradeFromVersion1(connection);
            }

            if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException($"状态文件 {full} 的版本为 {version}，本程序只能读取版本 1 和 {SchemaVersion}；请换一个状态文件（--state）。");
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
            using var command = Command("SELECT unreadable, reason, note_json, checked_at FROM results WHERE sha256 = $sha AND engine_version = $engine AND settings = $settings",
                ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new StoredOutcome(reader.GetInt64(0) != 0, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2))
            {
                CheckedAt = Instant(reader, 3),
            };
        }
    }

    /// <summary>
    /// Writes down that a content's check starts, and whether it runs <paramref name="alone"/> (no other check in
    /// flight until it ends). <see cref="Save"/> or <see cref="EndCheck"/> strikes it off; a mark still here when a
    /// later run starts belongs to a check that never ended: the process died during it.
    /// </summary>
    public void BeginCheck(string sha256, string engineVersion, string settings, string path, bool alone = false)
    {
        lock (_lock)
        {
            // alone_checks counts the checks of this content that ran alone and never ended, this one included. A check
            // beside others resets it: its death would not say which of the files in flight brought the process down.
            using var command = Command(
                """
                INSERT INTO in_progress (sha256, engine_version, settings, path, interrupted, alone_checks, began_at)
                VALUES ($sha, $engine, $settings, $path, 0, $alone, $at)
                ON CONFLICT (sha256, engine_version, settings) DO UPDATE SET
                    interrupted = interrupted + 1, path = excluded.path, began_at = excluded.began_at,
                    alone_checks = CASE WHEN excluded.alone_checks = 0 THEN 0 ELSE alone_checks + 1 END
                """,
                ("$sha", sha256), ("$engine", engineVersion), ("$settings", settings), ("$path", path), ("$alone", alone ? 1 : 0), ("$at", Now()));
            command.ExecuteNonQuery();
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
    public IReadOnlyList<string> Interrupted(string engineVersion, string settings) =>
        [.. Unfinished(engineVersion, settings).Select(c => c.Path)];

    /// <summary>The checks an earlier run (or process) started and never ended, ordered by path.</summary>
    public IReadOnlyList<UnfinishedCheck> Unfinished(string engineVersion, string settings)
    {
        lock (_lock)
        {
            using var command = Command("SELECT sha256, path, alone_checks, began_at FROM in_progress WHERE engine_version = $engine AND settings = $settings ORDER BY path",
                ("$engine", engineVersion), ("$settings", settings));
            using var reader = command.ExecuteReader();
            var checks = new List<UnfinishedCheck>();
            while (reader.Read())
            {
                checks.Add(new UnfinishedCheck(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Instant(reader, 3)));
            }

            return checks;
        }
    }

    /// <summary>
    /// Forgets that the unfinished checks begun before <paramref name="instant"/> ran alone, for a fresh run, which
    /// blames a file only for deaths it sees itself: those files are tried alone again instead of being skipped.
    /// </summary>
    public void ForgiveBefore(string engineVersion, string settings, DateTimeOffset instant)
    {
        lock (_lock)
        {
            using var command = Command(
                "UPDATE in_progress SET alone_checks = 0 WHERE engine_version = $engine AND settings = $settings AND (began_at IS NULL OR began_at < $at)",
                ("$engine", engineVersion), ("$settings", settings), ("$at", Format(instant)));
            command.ExecuteNonQuery();
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
                ("$reason", outcome.Reason), ("$note", outcome.NoteJson), ("$at", Now()));
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

    // Instants are stored as UTC round-trip text ("O"): fixed width with one offset, so text order is time order,
    // which ForgiveBefore relies on in SQL.
    private static string Now() => Format(DateTimeOffset.UtcNow);

    private static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(SqliteDataReader reader, int column) =>
        !reader.IsDBNull(column) && DateTimeOffset.TryParse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? instant
            : null;

    private static string? SchemaOf(SqliteConnection connection)
    {
        using var schema = connection.CreateCommand();
        schema.CommandText = "INSERT INTO meta (key, value) VALUES ('schema', $v) ON CONFLICT(key) DO NOTHING; SELECT value FROM meta WHERE key = 'schema';";
        schema.Parameters.AddWithValue("$v", SchemaVersion.ToString(CultureInfo.InvariantCulture));
        return Convert.ToString(schema.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds schema 2's columns to a schema 1 file, keeping every row: its marks count as checks that ran beside
    /// others, which is all schema 1 could say. The write transaction makes one process upgrade; another one opening
    /// the file at the same moment waits, then finds version 2.
    /// </summary>
    private static string? UpgradeFromVersion1(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
        if (Convert.ToString(read.ExecuteScalar(), CultureInfo.InvariantCulture) == "1")
        {
            using var upgrade = connection.CreateCommand();
            upgrade.Transaction = transaction;
            upgrade.CommandText = """
                ALTER TABLE in_progress ADD COLUMN alone_checks INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE in_progress ADD COLUMN began_at TEXT NULL;
                UPDATE meta SET value = '2' WHERE key = 'schema';
                """;
            upgrade.ExecuteNonQuery();
        }

        var version = Convert.ToString(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        transaction.Commit();
        return version;
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
