namespace DocCheck.Jobs;

/// <summary>What became of one uploaded file.</summary>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="ReportId">The report created, when accepted.</param>
/// <param name="Rejection">Why it was not accepted (a one-line Chinese reason), when rejected.</param>
public sealed record IntakeResult(string FileName, long? ReportId, string? Rejection)
{
    /// <summary>Whether the file was accepted for checking.</summary>
    public bool Accepted => ReportId is not null;
}
