using DocCheck.Jobs.Storage;
using Hangfire.States;
using Hangfire.Storage;

namespace DocCheck.Jobs;

/// <summary>
/// When Hangfire gives up on a check job (its retries spent on a failure of the machinery), the report is marked
/// failed with the error, so it never sits at 检查中 forever and can be retried from the web app.
/// </summary>
public sealed class ReportJobFailureFilter(IReportStore store) : IApplyStateFilter
{
    /// <inheritdoc/>
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewState is not FailedState failed || context.BackgroundJob.Job?.Type != typeof(CheckReportJob)
            || context.BackgroundJob.Job.Args is not [long reportId, ..])
        {
            return;
        }

        var reason = "检查任务多次重试仍失败：" + failed.Exception.Message.ReplaceLineEndings(" ");
        store.MarkFailedAsync(reportId, reason).GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
