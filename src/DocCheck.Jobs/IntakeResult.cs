namespace DocCheck.Jobs;

/// <summary>What became of one uploaded file.</summary>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="ReportId">The report created, when accepted.</param>
/// <param name="Rejection">Why it was not accepted (a one-line Chinese reason), when rejected.</param>
/// <param name="BatchId">For a zip: the batch made of its reports.</param>
/// <param name="BatchReports">For a zip: how many of its entries were accepted as reports.</param>
public sealed record IntakeResult(string FileName, long? ReportId, string? Rejection, long? BatchId = null, int BatchReports = 0)
{
    /// <summary>Whether the file was accepted for checking (a report, or a zip as a batch).</summary>
    public bool Accepted => ReportId is not null || BatchId is not null;
}
