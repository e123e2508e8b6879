namespace DocCheck.Cli.Fuzzing;

/// <summary>A run's running totals; updated from the workers, read by the progress line and the summary.</summary>
internal sealed class FuzzStats
{
    private readonly Lock _lock = new();
    private readonly Dictionary<FuzzVerdict, long> _verdicts = [];
    private readonly SortedDictionary<string, (long Inputs, long Findings)> _mutators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Count, string Example)> _classes = new(StringComparer.Ordinal);

    public long Inputs { get; private set; }

    public long Findings { get; private set; }

    /// <summary>Unhealthy once, healthy when checked again in a fresh process: load, not the input.</summary>
    public long NotReproduced { get; private set; }

    public (double Megabytes, long Index) PeakMemory { get; private set; }

    public (TimeSpan Elapsed, long Index, string Mutators) Slowest { get; private set; }

    /// <summary>Counts one input; <paramref name="outcome"/> is the one that stands (the recheck's when it did not reproduce).</summary>
    public void Add(FuzzCase input, FuzzOutcome outcome, bool finding, bool notReproduced, string? saved)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            Inputs++;
            _verdicts[outcome.Verdict] = _verdicts.GetValueOrDefault(outcome.Verdict) + 1;
            foreach (var name in input.Mutators.Split('+'))
            {
                var (inputs, findings) = _mutators.GetValueOrDefault(name);
                _mutators[name] = (inputs + 1, findings + (finding ? 1 : 0));
            }

            NotReproduced += notReproduced ? 1 : 0;
            if (finding)
            {
                Findings++;
                var (count, example) = _classes.GetValueOrDefault(outcome.Signature);
                _classes[outcome.Signature] = (count + 1, example ?? saved ?? string.Empty);
            }

            if (outcome.PeakMegabytes > PeakMemory.Megabytes)
            {
                PeakMemory = (outcome.PeakMegabytes, input.Index);
            }

            if (outcome.Verdict != FuzzVerdict.Hung && outcome.Elapsed > Slowest.Elapsed)
            {
                Slowest = (outcome.Elapsed, input.Index, input.Mutators);
            }
        }
    }

    public long Count(FuzzVerdict verdict)
    {
        lock (_lock)
        {
            return _verdicts.GetValueOrDefault(verdict);
        }
    }

    public int Classes
    {
        get
        {
            lock (_lock)
            {
                return _classes.Count;
            }
        }
    }

    public IReadOnlyList<(string Signature, long Count, string Example)> FindingClasses()
    {
        lock (_lock)
        {
            return [.. _classes.OrderByDescending(c => c.Value.Count).Select(c => (c.Key, c.Value.Count, c.Value.Example))];
        }
    }

    public IReadOnlyList<(string Name, long Inputs, long Findings)> ByMutator()
    {
        lock (_lock)
        {
            return [.. _mutators.Select(m => (m.Key, m.Value.Inputs, m.Value.Findings))];
        }
    }
}
