using DocCheck.Jobs.Storage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocCheck.Jobs;

/// <summary>
/// On start: creates the schema, then makes sure every accepted report without a result has a job. The jobs are
/// idempotent, so a report queued twice is still checked once.
/// <list type="bullet">
/// <item>Embedded default: in-memory job storage forgets its queue on a restart and the store does not, so every
/// unfinished report is queued again.</item>
/// <item>Scale-out: the queue is in PostgreSQL and outlives every process; what can be lost is a report recorded by a
/// web process that died before queuing its job. Every process sweeps for those when it starts and then every
/// <see cref="DocCheckOptions.RequeueAfterSeconds"/>, so they are checked even if that web process never returns.</item>
/// </list>
/// </summary>
public sealed class QueueRecovery(
    IReportStore store,
    IBackgroundJobClient jobs,
    IServiceProvider services,
    IOptions<DocCheckOptions> options,
    TimeProvider clock,
    ILogger<QueueRecovery> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _sweeping = Task.CompletedTask;

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (services.GetService<SharedFiles>() is { } shared)
        {
            await shared.InitializeAsync(cancellationToken).ConfigureAwait(false);
            await SweepUnqueuedAsync(cancellationToken).ConfigureAwait(false);
            _sweeping = SweepPeriodicallyAsync(_stopping.Token);
            return;
        }

        var unfinished = await store.UnfinishedReportIdsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in unfinished)
        {
            await store.MarkEnqueuedAsync(id, ReportIntake.Enqueue(jobs, id), cancellationToken).ConfigureAwait(false);
        }

        if (unfinished.Count > 0)
        {
            logger.LogInformation("Queued {Count} accepted reports again that had no result", unfinished.Count);
        }
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sweeping.IsCompleted)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _sweeping.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        // A test host may dispose its services before it stops them: end the loop here too, so StopAsync finds it ended.
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _sweeping.ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Queues the reports recorded long enough ago that still have no job; returns how many.</summary>
    public async Task<int> SweepUnqueuedAsync(CancellationToken cancellationToken)
    {
        // Younger reports may be an upload in flight on another web process, about to queue its own job.
        var recordedBefore = clock.GetUtcNow() - RequeueAfter;
        var taken = await store.TakeUnqueuedReportsAsync(recordedBefore, cancellationToken).ConfigureAwait(false);
        foreach (var id in taken)
        {
            await store.MarkEnqueuedAsync(id, ReportIntake.Enqueue(jobs, id), cancellationToken).ConfigureAwait(false);
        }

        if (taken.Count > 0)
        {
            logger.LogWarning("Queued {Count} reports that were accepted but never queued (their web process stopped first): {Ids}", taken.Count, string.Join(", ", taken));
        }

        return taken.Count;
    }

    private TimeSpan RequeueAfter => TimeSpan.FromSeconds(Math.Max(1, options.Value.RequeueAfterSeconds));

    private async Task SweepPeriodicallyAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(RequeueAfter, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await SweepUnqueuedAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be restarting; the next tick tries again.
                    logger.LogWarning("Sweep for unqueued reports failed: {Reason}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
