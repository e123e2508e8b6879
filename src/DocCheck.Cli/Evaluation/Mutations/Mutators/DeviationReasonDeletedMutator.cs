using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Deletes the deviation reason of an indicator that falls short of its target. Eligible: the actual falls short
/// (numbers in the same unit), the reason cell has text, and no sentence of the report names the indicator with a
/// reason word — otherwise the deviation stays explained and deleting the cell plants nothing.
/// </summary>
internal sealed class DeviationReasonDeletedMutator : IMutator
{
    public string Rule => RuleIds.DeviationUnexplained;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (_, row) in IndicatorPlaces.Rows(report))
        {
            // The execution row's shortfall is the spending rate, explained with the funds (结转, 结余) rather than in its row.
            if (row.ReasonCell is not { } reason || IndicatorPlaces.IsBlank(reason) || row.Attainment != Attainment.Short || row.IsExecution)
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, reason, "偏差原因");
            if (report.ProseMentions(row.Name, IndicatorPlaces.ReasonWords))
            {
                yield return Mutation.Skipped(Rule, nameof(DeviationReasonDeletedMutator), place, reason.Value, "正文另有说明该指标偏差原因的句子");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(DeviationReasonDeletedMutator),
                Place = place,
                Planted = $"删去偏差原因“{Short(reason.Value)}”（{row.ActualCell?.Value} 未达 {row.TargetCell?.Value}）",
                Edits = [new SetCellText(CellTarget.Of(reason), reason.Value, string.Empty)],
                Marks = [row.Name],
                Places = [CellTarget.Of(reason).Ref, CellTarget.Of(row.NameCell).Ref],
            };
        }
    }

    internal static string Short(string text) => text.Length <= 16 ? text : text[..16] + "…";
}
