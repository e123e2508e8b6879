namespace DocCheck.Bulk;

/// <summary>A file to check: its path relative to the scanned folder or zip (with <c>/</c>) and its declared size.</summary>
/// <param name="Path">The relative path, <c>/</c>-separated.</param>
/// <param name="Size">Size in bytes as the file system or the zip directory states it.</param>
public sealed record ScanEntry(string Path, long Size);
