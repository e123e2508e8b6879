namespace DocCheck.Jobs.Storage;

/// <summary>
/// Everything about reports that must outlive a restart: the reports, their check results and the quality checkers'
/// decisions. The embedded default is SQLite (<see cref="SqliteReportStore"/>).
/// </summary>
public interface IReportStore
{
    /// <summary>Creates the schema when missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an accepted report as queued for the given engine; returns its id.</summary>
    Task<long> AddReportAsync(NewReport report, string engineVersion, CancellationToken cancellationToken = default);

    /// <summary>One report, or null.</summary>
    Task<ReportRecord?> GetReportAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Reports, newest first.</summary>
    Task<IReadOnlyList<ReportRecord>> ListReportsAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>How many reports there are.</summary>
    Task<int> CountReportsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reports accepted but not finished (queued or running): after a restart their jobs must be queued again.</summary>
    Task<IReadOnlyList<long>> UnfinishedReportIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a report as being checked and counts the attempt.</summary>
    Task MarkRunningAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks a report as checked by the given engine.</summary>
    Task MarkDoneAsync(long id, string engineVersion, CancellationToken cancellationToken = default);

    /// <summary>Marks a report as failed, keeping the reason.</summary>
    Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken = default);

    /// <summary>Queues a report again (retry after a failure, or a newer engine); clears the reason and the job.</summary>
    Task MarkQueuedAsync(long id, string engineVersion, CancellationToken cancellationToken = default);

    /// <summary>Records the job queued for a report, so a sweep can tell it from one whose job was never queued.</summary>
    Task MarkEnqueuedAsync(long id, string jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the queued reports recorded before this time that have no job: their process died between recording and
    /// queuing them. Each report is taken by one caller only; the caller queues them and records their jobs.
    /// </summary>
    Task<IReadOnlyList<long>> TakeUnqueuedReportsAsync(DateTimeOffset recordedBefore, CancellationToken cancellationToken = default);

    /// <summary>Reports newest first with their results' counts, in one query (listings never read the notes).</summary>
    Task<IReadOnlyList<ReportListing>> ListReportsWithCountsAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>A batch's reports in upload order with their results' counts, in one query.</summary>
    Task<IReadOnlyList<ReportListing>> ListBatchReportsWithCountsAsync(long batchId, CancellationToken cancellationToken = default);

    /// <summary>The stored result for a content and engine, or null.</summary>
    Task<StoredResult?> GetResultAsync(string sha256, string engineVersion, CancellationToken cancellationToken = default);

    /// <summary>Stores a result; a second save of the same content and engine keeps the first (idempotent jobs).</summary>
    Task SaveResultAsync(StoredResult result, CancellationToken cancellationToken = default);

    /// <summary>Records a batch (an uploaded zip) with the entries it refused; returns its id.</summary>
    Task<long> AddBatchAsync(string name, string createdBy, IReadOnlyList<string> rejected, CancellationToken cancellationToken = default);

    /// <summary>One batch, or null.</summary>
    Task<BatchRecord?> GetBatchAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The decisions on a report's findings.</summary>
    Task<IReadOnlyList<FindingJudgement>> GetJudgementsAsync(long reportId, CancellationToken cancellationToken = default);

    /// <summary>Records (or replaces) the decision on one finding.</summary>
    Task SaveJudgementAsync(FindingJudgement judgement, CancellationToken cancellationToken = default);
}
