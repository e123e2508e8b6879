using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Deletes the stated reason of an indicator that met its target yet scored less than its weight. Eligible: the
/// target is met (numbers in the same unit), the score is below the weight, the reason cell has text, and no
/// sentence of the report names the indicator with a reason or deduction word.
/// </summary>
internal sealed class DeductionReasonDeletedMutator : IMutator
{
    public string Rule => RuleIds.ScoreUnexplained;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (_, row) in IndicatorPlaces.Rows(report))
        {
            if (row.ReasonCell is not { } reason || IndicatorPlaces.IsBlank(reason) || row.Attainment != Attainment.Met
                || row.Weight is not { } weight || row.Score is not { } score || score.Value >= weight.Value
                || row.ScoreCell is not { } scoreCell || row.WeightCell is not { } weightCell)
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, reason, "偏差原因");
            if (report.ProseMentions(row.Name, IndicatorPlaces.ReasonWords))
            {
                yield return Mutation.Skipped(Rule, nameof(DeductionReasonDeletedMutator), place, reason.Value, "正文另有说明该指标扣分原因的句子");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(DeductionReasonDeletedMutator),
                Place = place,
                Planted = $"删去扣分说明“{DeviationReasonDeletedMutator.Short(reason.Value)}”（达标，得分 {scoreCell.Value}/{weightCell.Value}）",
                Edits = [new SetCellText(CellTarget.Of(reason), reason.Value, string.Empty)],
                Marks = [row.Name],
                Places = [CellTarget.Of(reason).Ref, CellTarget.Of(row.NameCell).Ref],
            };
        }
    }
}
