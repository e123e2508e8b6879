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

    /// <summary>
    /// Check every file again, ignoring the results stored before <see cref="RunStarted"/> (they are replaced) and
    /// forgetting which files earlier runs skipped for bringing the process down; identical files are still checked once.
    /// </summary>
    public bool Fresh { get; init; }

    /// <summary>
    /// When the run began, for a process that continues a run another process began (the scan's supervisor starts a
    /// new child after one dies): results stored since then were checked in this run — counted as checked, not
    /// reused, and reused even with <see cref="Fresh"/> — and the elapsed time counts from then. Null: the run
    /// begins with <see cref="BulkScanner.Scan"/>.
    /// </summary>
    public DateTimeOffset? RunStarted { get; init; }

    /// <summary>
    /// Check identical files once per copy instead of once per content (for benchmarks; the state file then holds
    /// the last copy's result).
    /// </summary>
    public bool CheckEveryCopy { get; init; }

    /// <summary>
    /// How many times a file is checked again, alone, after the process died while checking it, before it is blamed
    /// (at least 1; default 1). A file in flight when the process died may be innocent — it ran beside the file that
    /// killed it, or the process was killed from outside — so the next run checks it with no other check running; a
    /// file whose check dies while it runs alone this many times is listed as failed and skipped until
    /// <see cref="Fresh"/>. Deaths beside other checks never count against a file.
    /// </summary>
    public int RetriesAfterInterruption { get; init; } = 1;

    /// <summary>Stack size of each worker thread (default 16 MB): deeply nested documents must not overflow it.</summary>
    public int WorkerStackBytes { get; init; } = 16 * 1024 * 1024;
}
