namespace DocCheck.Jobs.Storage;

/// <summary>Where a report is in its life.</summary>
public enum ReportStatus
{
    /// <summary>Accepted, waiting for a worker.</summary>
    Queued,

    /// <summary>Being checked.</summary>
    Running,

    /// <summary>Checked; its result is stored.</summary>
    Done,

    /// <summary>Could not be checked; <see cref="ReportRecord.Failure"/> says why.</summary>
    Failed,
}
