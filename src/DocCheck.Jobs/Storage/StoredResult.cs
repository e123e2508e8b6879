namespace DocCheck.Jobs.Storage;

/// <summary>
/// The result of checking one file content with one engine version. Keyed by both, so a file uploaded twice is
/// checked once and a job that runs twice writes the same row (the jobs are idempotent).
/// </summary>
/// <param name="Sha256">Content hash.</param>
/// <param name="EngineVersion">The engine that checked it.</param>
/// <param name="Verdict">pass / improve / return.</param>
/// <param name="Errors">Error-level findings.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Information.</param>
/// <param name="Pages">A PDF's number of pages (0 for Word); page views exist for the pages that hold evidence.</param>
/// <param name="NoteJson">The review note as JSON (UTF-8), the source of every later rendering.</param>
/// <param name="CreatedAt">When.</param>
public sealed record StoredResult(
    string Sha256,
    string EngineVersion,
    string Verdict,
    int Errors,
    int Warnings,
    int Infos,
    int Pages,
    byte[] NoteJson,
    DateTimeOffset CreatedAt)
{
    /// <summary>The counts a listing shows, without the note.</summary>
    public ResultCounts Counts => new(Verdict, Errors, Warnings, Infos);
}

/// <summary>What a listing of reports shows of a result: its verdict and counts, not its note.</summary>
/// <param name="Verdict">pass / improve / return.</param>
/// <param name="Errors">Error-level findings.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Information.</param>
public sealed record ResultCounts(string Verdict, int Errors, int Warnings, int Infos);

/// <summary>A report as a listing shows it: the report and, when it is done, its result's counts.</summary>
/// <param name="Report">The report.</param>
/// <param name="Counts">Its result's counts; null until it is done.</param>
public sealed record ReportListing(ReportRecord Report, ResultCounts? Counts);
