namespace DocCheck.Jobs.Isolation;

/// <summary>How check processes are started and bounded.</summary>
public sealed class CheckHostOptions
{
    /// <summary>Check processes alive at once: one per worker.</summary>
    public int MaxProcesses { get; init; } = System.Environment.ProcessorCount;

    /// <summary>A check still running after this is killed with its process.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The managed heap limit of a check process, in MB (the runtime's <c>GCHeapHardLimit</c>).</summary>
    public int MemoryLimitMegabytes { get; init; } = 1024;

    /// <summary>Extra environment variables for the check process (tests switch on deliberate faults with it).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The host assembly; by default <c>DocCheck.CheckHost.dll</c> beside this assembly.</summary>
    public string? HostAssemblyPath { get; init; }
}
