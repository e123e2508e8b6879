using DocCheck.Jobs.Storage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocCheck.Jobs;

/// <summary>
/// On start: creates the schema, then queues again every accepted report without a result. In-memory job storage
/// forgets its queue on a restart, the store does not — and since the jobs are idempotent, a report queued twice is
/// still checked once.
/// </summary>
public sealed class QueueRecovery(IReportStore store, IBackgroundJobClient jobs, IServiceProvider services, ILogger<QueueRecovery> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (services.GetService<SharedFiles>() is { } shared)
        {
            // Scale-out: the job queue is in PostgreSQL and outlives every process, so there is nothing to rebuild.
            await shared.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var unfinished = await store.UnfinishedReportIdsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in unfinished)
        {
            ReportIntake.Enqueue(jobs, id);
        }

        if (unfinished.Count > 0)
        {
            logger.LogInformation("Queued {Count} accepted reports again that had no result", unfinished.Count);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
