namespace DocCheck.Cli.Evaluation;

/// <summary>The result of an <c>eval-mutations</c> run.</summary>
/// <param name="Files">Reports evaluated (readable ones).</param>
/// <param name="Unreadable">Reports that could not be read, with the reason.</param>
/// <param name="Outcomes">Every variant checked or refused, in file and planting order.</param>
/// <param name="Skipped">Candidates that were not defects (file, rule, place, reason).</param>
/// <param name="Elapsed">Wall time.</param>
internal sealed record MutationRun(
    IReadOnlyList<string> Files,
    IReadOnlyList<(string File, string Reason)> Unreadable,
    IReadOnlyList<VariantOutcome> Outcomes,
    IReadOnlyList<(string File, Mutations.Mutation Candidate)> Skipped,
    TimeSpan Elapsed);
