namespace DocCheck.Review.Summary;

/// <summary>One file of a bulk scan and what became of it.</summary>
/// <param name="Path">The file's path relative to the scanned folder or zip, with <c>/</c> separators.</param>
/// <param name="Status">Checked, unreadable, failed or rejected.</param>
/// <param name="Reason">For anything but <see cref="ScanStatus.Checked"/>: the one-line Chinese reason.</param>
/// <param name="Reused">Whether the result came from the state file (an earlier run or the same content seen before).</param>
/// <param name="Report">The digest of the note, when checked.</param>
public sealed record ScannedReport(string Path, ScanStatus Status, string? Reason, bool Reused, ReportDigest? Report)
{
    /// <summary>A checked report.</summary>
    public static ScannedReport Checked(string path, ReportDigest report, bool reused)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(path, ScanStatus.Checked, null, reused, report);
    }

    /// <summary>A file that was not checked, with its reason.</summary>
    public static ScannedReport NotChecked(string path, ScanStatus status, string reason, bool reused = false)
    {
        if (status == ScanStatus.Checked)
        {
            throw new ArgumentException("A file without a note cannot be checked.", nameof(status));
        }

        return new(path, status, reason, reused, null);
    }
}
