namespace DocCheck.Cli.Fuzzing;

/// <summary>What a run covers: which inputs, how many or for how long, how many at once.</summary>
/// <param name="Start">The first input's index (a replay starts at the one it wants).</param>
/// <param name="Count">Stop after this many inputs (tests: a fixed amount of work, not of time).</param>
/// <param name="Duration">Stop starting new inputs after this long.</param>
/// <param name="Jobs">Check processes at once.</param>
internal sealed record FuzzPlan(long Start, long? Count, TimeSpan? Duration, int Jobs);

/// <summary>
/// The loop: each worker takes the next index, makes that input, checks it in its own warm check process and counts
/// the outcome. An unhealthy outcome is checked once more in a fresh process before it counts as a finding, so a
/// machine busy with other builds (a slow check) or a process worn by earlier inputs is not blamed on this one.
/// </summary>
internal sealed class Fuzzer(FuzzCaseGenerator generator, FuzzLimits limits, FindingStore store, FuzzStats stats)
{
    /// <summary>Called with each input and the outcome that stands (for <c>--verbose</c>).</summary>
    public Action<FuzzCase, FuzzOutcome>? OnInput { get; init; }

    private long _next;

    public void Run(FuzzPlan plan, Action onProgress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(onProgress);
        _next = plan.Start;
        var deadline = plan.Duration is { } duration ? DateTime.UtcNow + duration : DateTime.MaxValue;
        var end = plan.Count is { } count ? plan.Start + count : long.MaxValue;
        var workers = Enumerable.Range(0, Math.Max(1, plan.Jobs))
            .Select(_ => new Thread(() => Work(end, deadline, onProgress, cancel)) { IsBackground = true, Name = "doccheck-fuzz" })
            .ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
    }

    private void Work(long end, DateTime deadline, Action onProgress, CancellationToken cancel)
    {
        var folder = Directory.CreateTempSubdirectory("doccheck-fuzz-").FullName;
        FuzzHost? host = null;
        try
        {
            while (!cancel.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                var index = Interlocked.Increment(ref _next) - 1;
                if (index >= end)
                {
                    break;
                }

                var input = generator.Make(index);
                var outcome = Check(ref host, input, folder);
                if (!outcome.Verdict.IsFinding())
                {
                    stats.Add(input, outcome, finding: false, notReproduced: false, saved: null);
                    OnInput?.Invoke(input, outcome);
                }
                else
                {
                    FuzzHost? fresh = null;
                    var recheck = Check(ref fresh, input, folder);
                    fresh?.Dispose();
                    var confirmed = recheck.Verdict.IsFinding();
                    var saved = confirmed ? store.Save(input, outcome, recheck) : null;
                    stats.Add(input, confirmed ? outcome : recheck, confirmed, notReproduced: !confirmed, saved);
                    OnInput?.Invoke(input, outcome with { Reason = outcome.Reason + (confirmed ? string.Empty : "（新进程复查：" + recheck.Verdict.Chinese() + "）") });
                }

                onProgress();
            }
        }
        finally
        {
            host?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Checks one input in <paramref name="host"/> (started when null); a host that answered badly is dropped.</summary>
    private FuzzOutcome Check(ref FuzzHost? host, FuzzCase input, string folder)
    {
        var file = Path.Combine(folder, "input" + input.Seed.Extension);
        var output = Path.Combine(folder, "out");
        File.WriteAllBytes(file, input.Content);
        try
        {
            host ??= FuzzHost.Start(limits);
            var outcome = host.Check(file, $"fuzz-{input.Index}{input.Seed.Extension}", output);
            // A process whose heap grew for a big input keeps most of it; the next input would be charged for it.
            if (outcome.Verdict.IsFinding() || !host.IsAlive || outcome.PeakMegabytes > limits.MemoryMegabytes / 2)
            {
                host.Dispose();
                host = null;
            }

            return outcome;
        }
        finally
        {
            File.Delete(file);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
