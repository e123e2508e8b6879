using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Takes one point off an indicator that met its target with full marks and gives no reason. Eligible: met
/// (numbers in the same unit), full score, empty reason cell, no sentence naming the indicator with a reason or
/// deduction word. The table's total no longer adds up, so a total-mismatch finding follows from the change.
/// </summary>
internal sealed class ScoreLoweredMutator : IMutator
{
    public string Rule => RuleIds.ScoreUnexplained;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (row.ScoreCell is not { } cell || row.Score is not { } score || !row.HasFullScore || score.Value < 2
                || row.Attainment != Attainment.Met || row.IsExecution || !IndicatorPlaces.IsBlank(row.ReasonCell))
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, cell, "得分");
            if (report.ProseMentions(row.Name, IndicatorPlaces.ReasonWords))
            {
                yield return Mutation.Skipped(Rule, nameof(ScoreLoweredMutator), place, cell.Value, "正文另有说明该指标得分的句子");
                continue;
            }

            var changed = score.Format(score.Value - 1);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(ScoreLoweredMutator),
                Place = place,
                Planted = $"{cell.Value} → {changed}（达标，无扣分说明）",
                Edits = [new ReplaceText(CellTarget.Of(cell), score.Start, score.Length, score.Digits(cell.Value), changed)],
                Marks = [row.Name],
                Places = [CellTarget.Of(cell).Ref, CellTarget.Of(row.NameCell).Ref],
                Values = [score.Value - 1, .. ScoreSums.After(report, table, -1)],
                Consequences = [RuleIds.ScoreTotalMismatch],
                ScoreChange = -1m,
                Scope = [CellTarget.TableRefOf(table.Index)],
            };
        }
    }
}
