namespace DocCheck.Cli.Evaluation;

/// <summary>
/// One rule's figures. Recall = found ÷ variants. Precision = found ÷ (found + variants with extras): of the
/// variants where the engine said something new, the share where what it said included the planted defect rather
/// than only something else — a variant both found and with extras counts on both sides.
/// </summary>
/// <param name="Rule">The rule id, or 合计 for all.</param>
/// <param name="Variants">Variants checked.</param>
/// <param name="Found">Variants where the planted finding appeared.</param>
/// <param name="ExtraVariants">Variants with at least one extra new finding.</param>
/// <param name="ExtraFindings">Extra new findings over all variants.</param>
/// <param name="Skipped">Candidate places skipped: not a defect, or the edit could not be placed.</param>
/// <param name="ConsequenceFindings">New findings of other rules that the change necessarily trips (not extras).</param>
internal sealed record RuleTally(string Rule, int Variants, int Found, int ExtraVariants, int ExtraFindings, int Skipped, int ConsequenceFindings)
{
    public int Missed => Variants - Found;

    public double? Recall => Variants == 0 ? null : Found / (double)Variants;

    public double? Precision => Found + ExtraVariants == 0 ? null : Found / (double)(Found + ExtraVariants);

    /// <summary>Per rule (in the order given), then the overall row.</summary>
    public static IReadOnlyList<RuleTally> Of(MutationRun run, IReadOnlyList<string> rules)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rules);
        var tallies = rules.Select(rule =>
        {
            var counted = run.Outcomes.Where(o => o.Mutation.Rule == rule && o.Counted).ToList();
            var refused = run.Outcomes.Count(o => o.Mutation.Rule == rule && !o.Counted) + run.Skipped.Count(s => s.Candidate.Rule == rule);
            return new RuleTally(rule, counted.Count, counted.Count(o => o.Found), counted.Count(o => o.HasExtras), counted.Sum(o => o.Extras.Count), refused,
                counted.Sum(o => o.Consequences.Count));
        }).ToList();
        tallies.Add(new RuleTally("合计", tallies.Sum(t => t.Variants), tallies.Sum(t => t.Found), tallies.Sum(t => t.ExtraVariants),
            tallies.Sum(t => t.ExtraFindings), tallies.Sum(t => t.Skipped), tallies.Sum(t => t.ConsequenceFindings)));
        return tallies;
    }
}
