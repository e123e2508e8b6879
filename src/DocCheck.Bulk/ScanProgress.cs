namespace DocCheck.Bulk;

/// <summary>Where a bulk scan is: sent after each file starts and finishes.</summary>
/// <param name="Done">Files finished (checked, reused or failed).</param>
/// <param name="Total">Files to do.</param>
/// <param name="CheckedNow">Files checked in this run.</param>
/// <param name="Reused">Results taken from the state file or from an identical file of this run.</param>
/// <param name="NotChecked">Files that could not be checked.</param>
/// <param name="Elapsed">Time since the scan started.</param>
/// <param name="Current">The file most recently started.</param>
public sealed record ScanProgress(int Done, int Total, int CheckedNow, int Reused, int NotChecked, TimeSpan Elapsed, string? Current)
{
    /// <summary>Files finished per second, reused ones included.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>
    /// Time left at the pace of the files that needed work (reused ones take no time, so they would make the
    /// estimate too short); null until one has finished.
    /// </summary>
    public TimeSpan? Remaining
    {
        get
        {
            var worked = CheckedNow + NotChecked;
            if (worked == 0 || Elapsed <= TimeSpan.Zero)
            {
                return Done >= Total ? TimeSpan.Zero : null;
            }

            return TimeSpan.FromSeconds(Elapsed.TotalSeconds / worked * (Total - Done));
        }
    }
}
