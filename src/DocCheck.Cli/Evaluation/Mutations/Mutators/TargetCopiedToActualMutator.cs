using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Copies an indicator's target into its actual-value cell, word for word. Eligible: a row with a target and an
/// actual that differ (also after dropping 已/已经), whose target is more than one plain value. A row that scored less than its weight then looks met with a
/// partial score, so a score-unexplained finding on it follows from the change.
/// </summary>
internal sealed class TargetCopiedToActualMutator : IMutator
{
    public string Rule => RuleIds.TargetEqualsActual;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (_, row) in IndicatorPlaces.Rows(report))
        {
            // The execution row's actual is a rate computed from the amounts, and a placeholder target (≥**) is another defect.
            if (row.TargetCell is not { } target || row.ActualCell is not { } actual || IndicatorPlaces.IsBlank(target) || IndicatorPlaces.IsBlank(actual)
                || row.IsExecution || target.Value.Contains("**", StringComparison.Ordinal) || target.Value.Contains("XX", StringComparison.Ordinal))
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, actual, "实际完成值");
            if (Strip(actual.Value) == Strip(target.Value))
            {
                yield return Mutation.Skipped(Rule, nameof(TargetCopiedToActualMutator), place, actual.Value, "实际值已与目标值相同");
                continue;
            }

            // A target that is one plain value (2100, 95%, 41条, with its comparator in a 指标方向 column) may be met
            // exactly: its copy reads as a measurement, and the rule rightly leaves it alone. Unless it is the row's
            // weight, which is no measurement of anything.
            if (PlainValue(target.Value) is { } plain && row.Weight?.Value != plain.Value)
            {
                yield return Mutation.Skipped(Rule, nameof(TargetCopiedToActualMutator), place, actual.Value, "目标为单一数值，照抄与恰好完成无法区分");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(TargetCopiedToActualMutator),
                Place = place,
                Planted = $"{actual.Value} → {target.Value}（照抄目标值）",
                Edits = [new SetCellText(CellTarget.Of(actual), actual.Value, target.Value)],
                Marks = [row.Name],
                Places = [CellTarget.Of(actual).Ref, CellTarget.Of(row.NameCell).Ref],
                Consequences = row.HasFullScore ? [] : [RuleIds.ScoreUnexplained],
            };
        }
    }

    /// <summary>One number at the start and a short unit after it (12.40万平方米, 80元/人·月), nothing else.</summary>
    private static NumberToken? PlainValue(string text)
    {
        var trimmed = text.Trim();
        return NumberScanner.Scan(trimmed) is [var only] && only.Comparator.Length == 0 && only.Start == 0
            && trimmed.Length - only.End <= MaxUnitLength ? only : null;
    }

    /// <summary>万平方米, 元/人·月: a unit is at most this long.</summary>
    private const int MaxUnitLength = 5;

    private static string Strip(string text) => text.Replace("已经", string.Empty, StringComparison.Ordinal).Replace("已", string.Empty, StringComparison.Ordinal).Trim();
}
