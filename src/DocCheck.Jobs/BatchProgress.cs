using DocCheck.Jobs.Storage;
using DocCheck.Pipeline;
using DocCheck.Review.Summary;

namespace DocCheck.Jobs;

/// <summary>Where a batch stands: its reports by status, and the entries it refused.</summary>
/// <param name="Batch">The batch.</param>
/// <param name="Listing">Its reports in upload order, with their results' counts once done.</param>
public sealed record BatchProgress(BatchRecord Batch, IReadOnlyList<ReportListing> Listing)
{
    /// <summary>Its reports, in upload order.</summary>
    public IReadOnlyList<ReportRecord> Reports { get; } = [.. Listing.Select(l => l.Report)];

    /// <summary>Reports in the batch.</summary>
    public int Total => Reports.Count;

    /// <summary>Checked.</summary>
    public int Done => Reports.Count(r => r.Status == ReportStatus.Done);

    /// <summary>Could not be checked.</summary>
    public int Failed => Reports.Count(r => r.Status == ReportStatus.Failed);

    /// <summary>Whether every report has ended (done or failed).</summary>
    public bool Finished => Done + Failed == Total;
}

/// <summary>
/// Batches from the store (Hangfire's own batches are a paid extra, and the store knows every report anyway) and
/// their summaries: the same workbook and HTML page as <c>doccheck scan</c>, built from the notes as they will be sent
/// — findings dismissed by a quality checker left out.
/// </summary>
public sealed class BatchSummaries(IReportStore store, ReviewNotes notes)
{
    /// <summary>The summary writers by format.</summary>
    public static IReadOnlyDictionary<string, ISummaryWriter> Writers { get; } =
        new ISummaryWriter[] { new XlsxSummaryWriter(), new HtmlSummaryWriter() }.ToDictionary(w => w.Format, StringComparer.Ordinal);

    /// <summary>
    /// A batch's progress, or null when there is no such batch. Polled while a batch runs, and a province's batch holds
    /// thousands of reports: two queries, no notes read.
    /// </summary>
    public async Task<BatchProgress?> ProgressAsync(long batchId, CancellationToken cancellationToken = default)
    {
        var batch = await store.GetBatchAsync(batchId, cancellationToken).ConfigureAwait(false);
        return batch is null ? null : new BatchProgress(batch, await store.ListBatchReportsWithCountsAsync(batchId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The summary of a batch as it stands; reports not yet checked are listed as such.</summary>
    public async Task<ScanSummary> SummaryAsync(BatchProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var rows = new List<ScannedReport>();
        foreach (var report in progress.Reports)
        {
            var review = await notes.LoadAsync(report.Id, cancellationToken).ConfigureAwait(false);
            rows.Add(report.Status switch
            {
                ReportStatus.Done when review?.Note is not null => ScannedReport.Checked(report.FileName, ReportDigest.From(review.NoteToSend()), reused: false),
                ReportStatus.Failed => ScannedReport.NotChecked(report.FileName, ScanStatus.Unreadable, report.Failure ?? "检查失败。"),
                _ => ScannedReport.NotChecked(report.FileName, ScanStatus.Failed, "尚未检查完成。"),
            });
        }

        rows.AddRange(progress.Batch.Rejected.Select(line => ScannedReport.NotChecked(line.Split('：')[0], ScanStatus.Rejected, line)));
        return new ScanSummary
        {
            Source = progress.Batch.Name,
            EngineVersion = EngineInfo.Version,
            Created = DateTimeOffset.Now,
            Reports = [.. rows],
            Rules = ReviewNotes.Rules,
        };
    }
}
