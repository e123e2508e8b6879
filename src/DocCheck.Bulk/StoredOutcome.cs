namespace DocCheck.Bulk;

/// <summary>What the state file holds for one content: the note's JSON when checked, the reason when unreadable.</summary>
/// <param name="Unreadable">Whether the content could not be read.</param>
/// <param name="Reason">The one-line reason, when unreadable.</param>
/// <param name="NoteJson">The note as written by <c>JsonNoteWriter</c>, when checked.</param>
public sealed record StoredOutcome(bool Unreadable, string? Reason, byte[]? NoteJson)
{
    /// <summary>When the outcome was stored (set when read back from the state file).</summary>
    public DateTimeOffset? CheckedAt { get; init; }
}
