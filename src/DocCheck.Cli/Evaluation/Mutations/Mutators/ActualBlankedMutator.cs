using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>Blanks the actual-value cell of an indicator that has a target.</summary>
internal sealed class ActualBlankedMutator : IMutator
{
    public string Rule => RuleIds.ActualMissing;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (_, row) in IndicatorPlaces.Rows(report))
        {
            if (row.TargetCell is not { } target || row.ActualCell is not { } actual || IndicatorPlaces.IsBlank(target) || IndicatorPlaces.IsBlank(actual))
            {
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(ActualBlankedMutator),
                Place = IndicatorPlaces.Describe(row, actual, "实际完成值"),
                Planted = $"{actual.Value} → （空）",
                Edits = [new SetCellText(CellTarget.Of(actual), actual.Value, string.Empty)],
                Marks = [row.Name],
                Places = [CellTarget.Of(actual).Ref, CellTarget.Of(row.NameCell).Ref],
            };
        }
    }
}
