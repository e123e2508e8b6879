using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Sets one row's score one point above its weight. Eligible: a row with a weight and a score (not the execution
/// row). The table's total no longer adds up, and a short or far-exceeded row now has (more than) full marks, so
/// total-mismatch, shortfall-full-score and overachieved findings that point at the change follow from it.
/// </summary>
internal sealed class ScoreAboveWeightMutator : IMutator
{
    public string Rule => RuleIds.ScoreExceedsWeight;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (row.ScoreCell is not { } cell || row.Score is not { } score || row.Weight is not { } weight || row.WeightCell is not { } weightCell || row.IsExecution)
            {
                continue;
            }

            var value = weight.Value + 1;
            var changed = score.Format(value);
            if (score.Value > weight.Value)
            {
                yield return Mutation.Skipped(Rule, nameof(ScoreAboveWeightMutator), IndicatorPlaces.Describe(row, cell, "得分"), cell.Value, "得分已高于分值");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(ScoreAboveWeightMutator),
                Place = IndicatorPlaces.Describe(row, cell, "得分"),
                Planted = $"{cell.Value} → {changed}（分值 {weightCell.Value}）",
                Edits = [new ReplaceText(CellTarget.Of(cell), score.Start, score.Length, score.Digits(cell.Value), changed)],
                Marks = [row.Name],
                Values = [value, .. ScoreSums.After(report, table, value - score.Value)],
                Places = [CellTarget.Of(cell).Ref, CellTarget.Of(row.NameCell).Ref],
                Consequences = [RuleIds.ScoreTotalMismatch, RuleIds.ShortfallFullScore, RuleIds.Overachieved],
                ScoreChange = value - score.Value,
                Scope = [CellTarget.TableRefOf(table.Index)],
            };
        }
    }
}
