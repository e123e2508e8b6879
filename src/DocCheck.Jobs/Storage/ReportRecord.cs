namespace DocCheck.Jobs.Storage;

/// <summary>One submitted report: the file (by content hash) and where its check stands.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="Sha256">The content hash; the file is stored under it.</param>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="Format">docx or pdf, sniffed from the content.</param>
/// <param name="Size">Bytes.</param>
/// <param name="UploadedBy">Who uploaded it (user name or API key name).</param>
/// <param name="UploadedAt">When.</param>
/// <param name="Status">Where its check stands.</param>
/// <param name="EngineVersion">The engine version its status refers to.</param>
/// <param name="Failure">For a failed check, the one-line reason.</param>
/// <param name="Attempts">How many times a check was started.</param>
/// <param name="FinishedAt">When the check ended.</param>
/// <param name="BatchId">The batch (zip) it came in, when any.</param>
public sealed record ReportRecord(
    long Id,
    string Sha256,
    string FileName,
    string Format,
    long Size,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    ReportStatus Status,
    string EngineVersion,
    string? Failure,
    int Attempts,
    DateTimeOffset? FinishedAt,
    long? BatchId);
