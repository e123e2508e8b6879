using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocCheck.Jobs.Storage;

/// <summary>The report store on the embedded SQLite database.</summary>
public sealed class SqliteReportStore(SqliteDatabase database) : IReportStore
{
    private const string ReportColumns =
        "id, sha256, file_name, format, size, uploaded_by, uploaded_at, status, engine_version, failure, attempts, finished_at, batch_id";

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => database.ExecuteAsync(
        """
        CREATE TABLE IF NOT EXISTS reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            size INTEGER NOT NULL,
            uploaded_by TEXT NOT NULL,
            uploaded_at TEXT NOT NULL,
            status TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            failure TEXT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            finished_at TEXT NULL,
            batch_id INTEGER NULL);
        CREATE INDEX IF NOT EXISTS reports_status ON reports(status);
        CREATE INDEX IF NOT EXISTS reports_sha256 ON reports(sha256);
        CREATE TABLE IF NOT EXISTS results (
            sha256 TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            verdict TEXT NOT NULL,
            errors INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            infos INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            note_json BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (sha256, engine_version));
        CREATE TABLE IF NOT EXISTS judgements (
            report_id INTEGER NOT NULL REFERENCES reports(id),
            finding_index INTEGER NOT NULL,
            rule_id TEXT NOT NULL,
            decision TEXT NOT NULL,
            comment TEXT NULL,
            judged_by TEXT NOT NULL,
            judged_at TEXT NOT NULL,
            PRIMARY KEY (report_id, finding_index));
        """,
        cancellationToken);

    /// <inheritdoc/>
    public async Task<long> AddReportAsync(NewReport report, string engineVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var id = await database.ScalarAsync(
            """
            INSERT INTO reports (sha256, file_name, format, size, uploaded_by, uploaded_at, status, engine_version, batch_id)
            VALUES ($sha, $name, $format, $size, $by, $at, 'queued', $engine, $batch)
            RETURNING id;
            """,
            cancellationToken,
            ("$sha", report.Sha256), ("$name", report.FileName), ("$format", report.Format), ("$size", report.Size),
            ("$by", report.UploadedBy), ("$at", Now()), ("$engine", engineVersion), ("$batch", report.BatchId)).ConfigureAwait(false);
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<ReportRecord?> GetReportAsync(long id, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync($"SELECT {ReportColumns} FROM reports WHERE id = $id", ReadReport, cancellationToken, ("$id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReportRecord>> ListReportsAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        database.QueryAsync($"SELECT {ReportColumns} FROM reports ORDER BY id DESC LIMIT $take OFFSET $skip", ReadReport, cancellationToken, ("$take", take), ("$skip", skip));

    /// <inheritdoc/>
    public async Task<int> CountReportsAsync(CancellationToken cancellationToken = default) =>
        Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM reports", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> UnfinishedReportIdsAsync(CancellationToken cancellationToken = default) =>
        database.QueryAsync("SELECT id FROM reports WHERE status IN ('queued', 'running') ORDER BY id", r => r.GetInt64(0), cancellationToken);

    /// <inheritdoc/>
    public Task MarkRunningAsync(long id, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "UPDATE reports SET status = 'running', attempts = attempts + 1, failure = NULL WHERE id = $id", cancellationToken, ("$id", id));

    /// <inheritdoc/>
    public Task MarkDoneAsync(long id, string engineVersion, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "UPDATE reports SET status = 'done', engine_version = $engine, failure = NULL, finished_at = $at WHERE id = $id",
        cancellationToken, ("$id", id), ("$engine", engineVersion), ("$at", Now()));

    /// <inheritdoc/>
    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "UPDATE reports SET status = 'failed', failure = $reason, finished_at = $at WHERE id = $id",
        cancellationToken, ("$id", id), ("$reason", reason), ("$at", Now()));

    /// <inheritdoc/>
    public Task MarkQueuedAsync(long id, string engineVersion, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "UPDATE reports SET status = 'queued', engine_version = $engine, failure = NULL, finished_at = NULL WHERE id = $id",
        cancellationToken, ("$id", id), ("$engine", engineVersion));

    /// <inheritdoc/>
    public async Task<StoredResult?> GetResultAsync(string sha256, string engineVersion, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT sha256, engine_version, verdict, errors, warnings, infos, pages, note_json, created_at FROM results WHERE sha256 = $sha AND engine_version = $engine",
            r => new StoredResult(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6),
                (byte[])r.GetValue(7), ParseTime(r.GetString(8))),
            cancellationToken, ("$sha", sha256), ("$engine", engineVersion)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public Task SaveResultAsync(StoredResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return database.ExecuteAsync(
            """
            INSERT INTO results (sha256, engine_version, verdict, errors, warnings, infos, pages, note_json, created_at)
            VALUES ($sha, $engine, $verdict, $errors, $warnings, $infos, $pages, $note, $at)
            ON CONFLICT (sha256, engine_version) DO NOTHING
            """,
            cancellationToken,
            ("$sha", result.Sha256), ("$engine", result.EngineVersion), ("$verdict", result.Verdict), ("$errors", result.Errors),
            ("$warnings", result.Warnings), ("$infos", result.Infos), ("$pages", result.Pages), ("$note", result.NoteJson),
            ("$at", Format(result.CreatedAt)));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<FindingJudgement>> GetJudgementsAsync(long reportId, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT report_id, finding_index, rule_id, decision, comment, judged_by, judged_at FROM judgements WHERE report_id = $id ORDER BY finding_index",
            r => new FindingJudgement(r.GetInt64(0), r.GetInt32(1), r.GetString(2),
                r.GetString(3) == "confirmed" ? JudgementDecision.Confirmed : JudgementDecision.Dismissed,
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), ParseTime(r.GetString(6))),
            cancellationToken, ("$id", reportId));

    /// <inheritdoc/>
    public Task SaveJudgementAsync(FindingJudgement judgement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return database.ExecuteAsync(
            """
            INSERT INTO judgements (report_id, finding_index, rule_id, decision, comment, judged_by, judged_at)
            VALUES ($report, $index, $rule, $decision, $comment, $by, $at)
            ON CONFLICT (report_id, finding_index) DO UPDATE SET
                rule_id = excluded.rule_id, decision = excluded.decision, comment = excluded.comment,
                judged_by = excluded.judged_by, judged_at = excluded.judged_at
            """,
            cancellationToken,
            ("$report", judgement.ReportId), ("$index", judgement.FindingIndex), ("$rule", judgement.RuleId),
            ("$decision", judgement.Decision == JudgementDecision.Confirmed ? "confirmed" : "dismissed"),
            ("$comment", judgement.Comment), ("$by", judgement.JudgedBy), ("$at", Format(judgement.JudgedAt)));
    }

    private static ReportRecord ReadReport(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5), ParseTime(r.GetString(6)),
        ReportStatusText.Parse(r.GetString(7)), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetInt32(10),
        r.IsDBNull(11) ? null : ParseTime(r.GetString(11)), r.IsDBNull(12) ? null : r.GetInt64(12));

    private static string Now() => Format(DateTimeOffset.UtcNow);

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
