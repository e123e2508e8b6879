namespace DocCheck.Cli.Fuzzing;

/// <summary>What the check process did with one input.</summary>
/// <param name="Verdict">How it ended.</param>
/// <param name="Reason">The host's reason (unreadable, internal error) or what the fuzzer saw (exit code, limit).</param>
/// <param name="Elapsed">From the request to the reply (or to the kill).</param>
/// <param name="PeakMegabytes">The process's peak resident memory during this check, in MB (0 when unknown).</param>
/// <param name="Stderr">What the process printed on standard error during this check: its head and its tail.</param>
internal sealed partial record FuzzOutcome(FuzzVerdict Verdict, string Reason, TimeSpan Elapsed, double PeakMegabytes, IReadOnlyList<string> Stderr)
{
    /// <summary>
    /// What findings of one kind share, to count them as one class: the verdict and the reason with its numbers taken
    /// out, or for a crash the frame of DocCheck's or a library's code that the recursion repeats (.NET prints a
    /// stack overflow's loop once, after "Repeat N times:"), else the stack's most frequent such frame.
    /// </summary>
    public string Signature
    {
        get
        {
            var lines = Stderr.Select(l => l.Trim()).ToList();
            var repeat = lines.FindIndex(l => l.StartsWith("Repeat", StringComparison.Ordinal));
            var frames = lines.Skip(Math.Max(0, repeat))
                .Where(l => l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("at System.", StringComparison.Ordinal))
                .ToList();
            var frame = (repeat >= 0 ? frames : frames.GroupBy(l => l, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key))
                .Select(f => GenericArguments().Replace(f, string.Empty))
                .FirstOrDefault();
            var basis = Verdict == FuzzVerdict.Crashed && frame is not null ? frame : Reason;
            var digitless = new string([.. basis.Where(c => !char.IsAsciiDigit(c))]);
            return Verdict + ": " + (digitless.Length > 160 ? digitless[..160] : digitless);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\[.*?\]\]")]
    private static partial System.Text.RegularExpressions.Regex GenericArguments();
}
