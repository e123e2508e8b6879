namespace DocCheck.Bulk;

/// <summary>How a bulk scan runs.</summary>
public sealed class BulkScanOptions
{
    /// <summary>The defaults: one worker per core, stored results reused.</summary>
    public static BulkScanOptions Default { get; } = new();

    /// <summary>Files checked at the same time (default: one per core). Parallel across files, never within one.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// What the settings are, for the state file's key (results under other settings are not reused): <c>default</c>,
    /// or the SHA-256 of the settings file.
    /// </summary>
    public string SettingsKey { get; init; } = "default";

    /// <summary>Check every file again, ignoring stored results (they are replaced); identical files are still checked once.</summary>
    public bool Fresh { get; init; }

    /// <summary>
    /// Check identical files once per copy instead of once per content (for benchmarks; the state file then holds
    /// the last copy's result).
    /// </summary>
    public bool CheckEveryCopy { get; init; }

    /// <summary>
    /// How many times a file is tried again after a run died while checking it (the state file remembers): once by
    /// default, so a run killed from outside costs nothing, and a file that brings the process down twice is skipped.
    /// </summary>
    public int RetriesAfterInterruption { get; init; } = 1;

    /// <summary>Stack size of each worker thread (default 16 MB): deeply nested documents must not overflow it.</summary>
    public int WorkerStackBytes { get; init; } = 16 * 1024 * 1024;
}
