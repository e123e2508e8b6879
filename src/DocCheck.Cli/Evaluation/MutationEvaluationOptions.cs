namespace DocCheck.Cli.Evaluation;

/// <summary>What <c>eval-mutations</c> plants and how.</summary>
/// <param name="Rules">Only these rule ids (null: every rule that can be planted).</param>
/// <param name="Seed">Seeds every choice (which places when capped, which digits, which phrase): same seed, same run.</param>
/// <param name="Max">At most this many variants per rule per file (null: all eligible places).</param>
/// <param name="Parallelism">Checks run at once (one per core by default; the pipeline is thread-safe).</param>
/// <param name="VariantsFolder">Where to write the missed and extra variants as .docx, to check them by hand; null: nowhere.</param>
internal sealed record MutationEvaluationOptions(IReadOnlySet<string>? Rules = null, int Seed = 1, int? Max = null, int Parallelism = 0, string? VariantsFolder = null)
{
    /// <summary>The parallelism to use.</summary>
    public int Threads => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
