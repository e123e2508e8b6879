namespace DocCheck.Bulk;

/// <summary>An entry with its bytes, or the one-line reason they could not be had (too large, unreadable on disk).</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Content">The bytes, when read.</param>
/// <param name="Failure">Why not, when not.</param>
public sealed record LoadedEntry(ScanEntry Entry, byte[]? Content, string? Failure);
