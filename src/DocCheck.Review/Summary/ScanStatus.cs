namespace DocCheck.Review.Summary;

/// <summary>What became of one file of a bulk scan.</summary>
public enum ScanStatus
{
    /// <summary>Checked (now or in an earlier run): the report has a note.</summary>
    Checked,

    /// <summary>The file could not be read at all; the reason is the reader's one line.</summary>
    Unreadable,

    /// <summary>An internal error while checking this file alone (a bug); the other files went on.</summary>
    Failed,

    /// <summary>A zip entry refused before reading: its path escapes the target, or it is too large.</summary>
    Rejected,
}
