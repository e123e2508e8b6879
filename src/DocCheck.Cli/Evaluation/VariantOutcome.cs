using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Core.Findings;

namespace DocCheck.Cli.Evaluation;

/// <summary>What checking one mutant gave, against its report's baseline.</summary>
/// <param name="File">The report's file name.</param>
/// <param name="Mutation">What was planted.</param>
/// <param name="Hits">New findings of the planted rule that mention the change.</param>
/// <param name="Consequences">New findings of rules the change necessarily trips, mentioning it.</param>
/// <param name="Extras">Every other new finding (and rules that crashed on the mutant), one line each.</param>
/// <param name="Failure">Why the mutant could not be made or read (then it is skipped, not counted).</param>
internal sealed record VariantOutcome(
    string File,
    Mutation Mutation,
    IReadOnlyList<Finding> Hits,
    IReadOnlyList<Finding> Consequences,
    IReadOnlyList<string> Extras,
    string? Failure = null)
{
    /// <summary>Where the variant was written (missed or extra variants, with a variants folder), or null.</summary>
    public string? SavedAs { get; init; }

    /// <summary>Whether the planted finding appeared.</summary>
    public bool Found => Hits.Count > 0;

    /// <summary>Whether anything else new appeared.</summary>
    public bool HasExtras => Extras.Count > 0;

    /// <summary>Whether the variant counts (it was made, read and checked).</summary>
    public bool Counted => Failure is null;
}
