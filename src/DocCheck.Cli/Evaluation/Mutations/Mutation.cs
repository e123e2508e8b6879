using System.Collections.Immutable;

namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>
/// One planted defect: the rule that should report it, where and what was changed, the Word edits that plant it,
/// and what a finding must mention to count as reporting it.
/// </summary>
internal sealed record Mutation
{
    /// <summary>The catalog rule id the defect is planted for.</summary>
    public required string Rule { get; init; }

    /// <summary>The mutator that planted it (its file name).</summary>
    public required string Mutator { get; init; }

    /// <summary>Where, in words (表2 第12行第6列（补贴发放面积·实际完成值）).</summary>
    public required string Place { get; init; }

    /// <summary>What was planted (24.51万亩 → 30.00万亩).</summary>
    public required string Planted { get; init; }

    /// <summary>The edits; empty for a skipped candidate.</summary>
    public ImmutableArray<MutationEdit> Edits { get; init; } = [];

    /// <summary>Texts a finding of the planted rule may mention (the new value, the indicator's name).</summary>
    public ImmutableArray<string> Marks { get; init; } = [];

    /// <summary>Numbers a finding may mention (a recomputed sum that now differs).</summary>
    public ImmutableArray<decimal> Values { get; init; } = [];

    /// <summary>Compact locations (T2[r5,c3], P12, or a table's T2) a finding's evidence may point at.</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>
    /// Other rules the same change necessarily trips (a changed row score also breaks the table's total): their new
    /// findings that mention the change are consequences, not extras.
    /// </summary>
    public ImmutableArray<string> Consequences { get; init; } = [];

    /// <summary>
    /// Where the consequences may point besides the marks: the edited tables and paragraphs (T2, P12). A total row's
    /// finding quotes the total, not the changed row, yet it sits in the changed table.
    /// </summary>
    public ImmutableArray<string> Scope { get; init; } = [];

    /// <summary>
    /// Whether findings of the consequence rules follow from the change wherever they point (a removed section took
    /// explanations with it; the findings that something is now unexplained point at the tables it explained).
    /// </summary>
    public bool ConsequencesAnywhere { get; init; }

    /// <summary>
    /// How much the change moved one indicator's score, when it did: every stated total of the scores is then off by
    /// exactly this much, wherever it stands.
    /// </summary>
    public decimal? ScoreChange { get; init; }

    /// <summary>Why this candidate is not a defect (and is skipped, not counted), or null.</summary>
    public string? SkipReason { get; init; }

    /// <summary>A skipped candidate.</summary>
    public static Mutation Skipped(string rule, string mutator, string place, string planted, string reason) =>
        new() { Rule = rule, Mutator = mutator, Place = place, Planted = planted, SkipReason = reason };
}
