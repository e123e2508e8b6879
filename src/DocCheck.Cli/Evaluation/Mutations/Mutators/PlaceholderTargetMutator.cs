using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Leaves the template's ** in place of a target's number (≥95% → ≥**%). Eligible: a target with a comparator and
/// one number, in a report with no ** yet. The target is then no longer measurable, so a not-quantified finding
/// on the same row follows from the change.
/// </summary>
internal sealed class PlaceholderTargetMutator : IMutator
{
    public string Rule => RuleIds.TemplateLeftover;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.AnyTextContains(["**", "＊＊"]))
        {
            yield break;
        }

        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (row.TargetCell is not { } target || NumberScanner.Scan(target.Value) is not [{ Comparator.Length: > 0 } number] || row.IsExecution)
            {
                continue;
            }

            var changed = target.Value[..number.Start] + "**" + target.Value[number.End..];
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(PlaceholderTargetMutator),
                Place = IndicatorPlaces.Describe(row, target, "年度指标值"),
                Planted = $"{target.Value} → {changed}",
                Edits = [new ReplaceText(CellTarget.Of(target), number.Start, number.Length, number.Digits(target.Value), "**")],
                Marks = ["**"],
                Places = [CellTarget.Of(target).Ref],
                Consequences = [RuleIds.NotQuantified],
                Scope = [CellTarget.Of(row.NameCell).Ref],
            };
        }
    }
}
