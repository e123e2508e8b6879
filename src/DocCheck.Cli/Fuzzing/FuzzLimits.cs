namespace DocCheck.Cli.Fuzzing;

/// <summary>What a check of one input may take before the fuzzer calls it a finding.</summary>
/// <param name="TimeLimit">
/// Longest check; the target for hostile input is an answer within 60 s, which is also the PDF reader's own
/// limit (checked between pages), so a reader that keeps to it answers just in time.
/// </param>
/// <param name="MemoryMegabytes">
/// The child's heap limit (as the web app's check pool sets it) and the most resident memory it may reach while
/// checking: the target is 1 GB per check.
/// </param>
internal sealed record FuzzLimits(TimeSpan TimeLimit, int MemoryMegabytes)
{
    public static FuzzLimits Default { get; } = new(TimeSpan.FromSeconds(60), 1024);
}
