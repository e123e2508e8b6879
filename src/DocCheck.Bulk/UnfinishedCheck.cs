namespace DocCheck.Bulk;

/// <summary>A check written down in the state file that never ended: the process died during it (or is still running it).</summary>
/// <param name="Sha256">The content checked.</param>
/// <param name="Path">The file it was checked as.</param>
/// <param name="AloneChecks">
/// How many checks of this content ran alone (no other check in flight) and never ended, the latest included; 0 when
/// the latest ran beside others, so that any of the files in flight may have been the one that killed the process.
/// </param>
/// <param name="BeganAt">When the latest check began (unknown for marks made before schema 2).</param>
public sealed record UnfinishedCheck(string Sha256, string Path, int AloneChecks, DateTimeOffset? BeganAt);
