using DocCheck.CheckHost;
using DocCheck.Jobs.Isolation;
using DocCheck.Jobs.Storage;
using DocCheck.Pipeline;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocCheck.Jobs;

/// <summary>
/// Checks one report. Takes the report's id only (Hangfire stores the arguments); idempotent: a result for the same
/// content and engine version is reused, and saving it twice keeps one row. A file DocCheck cannot read fails once,
/// with its reason; only failures of the machinery itself (the database, the disk) are retried.
/// </summary>
[AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class CheckReportJob(
    IReportStore store,
    FileStore files,
    CheckHostPool hosts,
    ICheckClaims claims,
    IBackgroundJobClient jobs,
    IOptions<DocCheckOptions> options,
    ILogger<CheckReportJob> logger)
{
    /// <summary>The queue every report's check is put in first.</summary>
    public const string Queue = "checks";

    /// <summary>The large-report lane (<see cref="DocCheckOptions.LargeReportMegabytes"/>).</summary>
    public const string LargeQueue = "large-checks";

    /// <summary>Checks the report with this id, or hands it to the large-report lane if it weighs more than the limit.</summary>
    [Queue(Queue)]
    public async Task RunAsync(long reportId, CancellationToken cancellationToken)
    {
        var report = await store.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (report is null || report.Status == ReportStatus.Done && report.EngineVersion == EngineInfo.Version)
        {
            return;
        }

        var settings = options.Value;
        if (settings.LargeWorkers > 0)
        {
            var weight = ReportWeight.Of(await files.LocalFileAsync(report.Sha256, cancellationToken).ConfigureAwait(false));
            if (weight > settings.LargeReportMegabytes * 1024 * 1024)
            {
                var job = jobs.Enqueue<CheckReportJob>(j => j.RunLargeAsync(reportId, CancellationToken.None));
                await store.MarkEnqueuedAsync(reportId, job, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Report {ReportId} weighs {Megabytes:0.0} MB: handed to the large-report lane as job {JobId}", reportId, weight / 1048576.0, job);
                return;
            }
        }

        await CheckAsync(reportId, settings.CheckTimeLimitSeconds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a large report, in its own lane and with a longer time limit.</summary>
    [Queue(LargeQueue)]
    public Task RunLargeAsync(long reportId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return CheckAsync(reportId, settings.CheckTimeLimitSeconds * Math.Max(1, settings.LargeTimeLimitFactor), cancellationToken);
    }

    private async Task CheckAsync(long reportId, int timeLimitSeconds, CancellationToken cancellationToken)
    {
        var report = await store.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (report is null || report.Status == ReportStatus.Done && report.EngineVersion == EngineInfo.Version)
        {
            return;
        }

        await using var claim = await claims.TryClaimAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            // Another worker is on it; should it die, its own job is handed out again and claims the report then.
            logger.LogInformation("Report {ReportId} is being checked by another worker; leaving it to that one", reportId);
            return;
        }

        // Read again under the claim: the worker that held it before may have finished in the meantime.
        report = await store.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (report is null || report.Status == ReportStatus.Done && report.EngineVersion == EngineInfo.Version)
        {
            return;
        }

        if (await store.GetResultAsync(report.Sha256, EngineInfo.Version, cancellationToken).ConfigureAwait(false) is not null)
        {
            logger.LogInformation("Report {ReportId}: same content already checked by engine {Engine}; reusing the result", reportId, EngineInfo.Version);
            await store.MarkDoneAsync(reportId, EngineInfo.Version, cancellationToken).ConfigureAwait(false);
            return;
        }

        logger.LogInformation("Checking report {ReportId} in process {ProcessId}", reportId, Environment.ProcessId);
        await store.MarkRunningAsync(reportId, cancellationToken).ConfigureAwait(false);
        var views = files.ViewsOf(report.Sha256, EngineInfo.Version);
        var scratch = views + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            var source = await files.LocalFileAsync(report.Sha256, cancellationToken).ConfigureAwait(false);
            var reply = await hosts.CheckAsync(source, report.FileName, scratch, TimeSpan.FromSeconds(timeLimitSeconds), cancellationToken).ConfigureAwait(false);
            if (reply.Outcome != CheckOutcome.Checked)
            {
                logger.LogWarning("Report {ReportId} failed ({Outcome}): {Reason}", reportId, reply.Outcome, reply.Reason);
                await store.MarkFailedAsync(reportId, reply.Reason ?? "检查失败。", cancellationToken).ConfigureAwait(false);
                return;
            }

            var noteJson = await File.ReadAllBytesAsync(Path.Combine(scratch, CheckOutputs.Note), cancellationToken).ConfigureAwait(false);
            PublishViews(scratch, views);
            await files.ShareViewsAsync(report.Sha256, EngineInfo.Version, cancellationToken).ConfigureAwait(false);
            var counts = NoteSummary.Read(noteJson);
            await store.SaveResultAsync(
                new StoredResult(report.Sha256, EngineInfo.Version, counts.Verdict, counts.Errors, counts.Warnings, counts.Infos, reply.Pages, noteJson, DateTimeOffset.UtcNow),
                cancellationToken).ConfigureAwait(false);
            await store.MarkDoneAsync(reportId, EngineInfo.Version, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Report {ReportId} checked: {Verdict}, {Errors} errors, {Warnings} warnings", reportId, counts.Verdict, counts.Errors, counts.Warnings);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    // The views appear whole or not at all; when another worker published the same views first, they are identical.
    private static void PublishViews(string scratch, string views)
    {
        if (Directory.Exists(views))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(views)!);
        try
        {
            Directory.Move(scratch, views);
        }
        catch (IOException) when (Directory.Exists(views))
        {
            // Lost the race to an identical copy.
        }
    }
}
