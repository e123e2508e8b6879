using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Sets the budget-execution score wrong: full marks where weight × rate is a point or more below the weight,
/// else two points fewer than it earned. Eligible: the budget block's first row (分值 | 执行率 | 得分) or an
/// indicator row named 执行率 with weight and score, whose score today is weight × the printed rate (capped at the
/// weight), in a report that states no band rule of its own (执行率≥90%得8分…). The table's total no longer adds
/// up, so total-mismatch findings that point at the change follow from it.
/// </summary>
internal sealed partial class ExecutionScoreMutator : IMutator
{
    public string Rule => RuleIds.ExecutionRate;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Paragraphs.Any(p => BandRule().IsMatch(p.Text.Value)) || report.Tables.SelectMany(t => t.Cells).Any(c => BandRule().IsMatch(c.Value)))
        {
            yield break;
        }

        foreach (var block in report.BudgetBlocks)
        {
            var row = block.Rows[0];
            if (row.Weight is { } weightCell && row.Score is { } scoreCell
                && BudgetBlockRow.Number(row.Weight) is { } weight && BudgetBlockRow.Number(row.Score) is { } score
                && BudgetBlockRow.Number(row.Rate) is { IsPercent: true } rate)
            {
                var table = report.IndicatorTables.FirstOrDefault(t => ReferenceEquals(t.Table, block.Table));
                yield return Plant(report, table, $"{CellTarget.Of(scoreCell).Ref} {row.Label}·得分", scoreCell, weightCell, weight, score, [rate]);
            }
        }

        var proseRates = report.Prose
            .SelectMany(p => NumberScanner.Scan(p.Text.Value).Where(t => t.IsPercent
                && RateChangeMutator.RateName(FigureRoles.ClauseBefore(p.Text.Value, t.Start)) is { } name && name.Contains("执行率", StringComparison.Ordinal)))
            .ToList();
        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (!row.IsExecution || row.ScoreCell is not { } scoreCell || row.WeightCell is not { } weightCell
                || row.Weight is not { } weight || row.Score is not { } score)
            {
                continue;
            }

            var rates = row.ActualCell is { } actual && NumberScanner.Plain(actual.Value) is { IsPercent: true } printed ? [printed] : proseRates;
            yield return Plant(report, table, IndicatorPlaces.Describe(row, scoreCell, "得分"), scoreCell, weightCell, weight, score, rates);
        }
    }

    private Mutation Plant(ReportView report, IndicatorTableView? table, string place, TableCell scoreCell, TableCell weightCell,
        NumberToken weight, NumberToken score, List<NumberToken> rates)
    {
        if (rates.Count == 0 || rates.Any(r => r.Value != rates[0].Value))
        {
            return Mutation.Skipped(Rule, nameof(ExecutionScoreMutator), place, scoreCell.Value, "报告没有给出唯一的执行率");
        }

        var rate = rates[0];
        var expected = Math.Min(weight.Value, weight.Value * rate.Value / 100m);
        var slack = score.HalfUlp + (weight.Value * rate.HalfUlp / 100m) + 0.000001m;
        if (Math.Abs(score.Value - expected) > slack)
        {
            return Mutation.Skipped(Rule, nameof(ExecutionScoreMutator), place, scoreCell.Value, "原得分已不等于分值×执行率");
        }

        var value = weight.Value - expected >= 1m ? weight.Value : score.Value - 2m;
        if (value < 0 || Math.Abs(value - expected) <= slack)
        {
            return Mutation.Skipped(Rule, nameof(ExecutionScoreMutator), place, scoreCell.Value, "无法写出明显错误的得分");
        }

        var changed = score.Format(value);
        var target = CellTarget.Of(scoreCell);
        return new Mutation
        {
            Rule = Rule,
            Mutator = nameof(ExecutionScoreMutator),
            Place = place,
            Planted = $"{scoreCell.Value} → {changed}（分值 {weightCell.Value} × 执行率 {rate.Format(rate.Value)}% = {score.Format(expected)}）",
            Edits = [new ReplaceText(target, score.Start, score.Length, score.Digits(scoreCell.Value), changed)],
            Marks = [changed],
            Values = [value, .. table is null ? [] : ScoreSums.After(report, table, value - score.Value)],
            Places = [target.Ref],
            Consequences = [RuleIds.ScoreTotalMismatch, RuleIds.FigureConflict],
            Scope = [target.TableRef],
            // The execution score adds into the total wherever that is stated: in a 自评表 split in two, the total row
            // of the indicator table or the text's 综合得分 — neither in the edited table.
            ConsequencesAnywhere = true,
        };
    }

    [GeneratedRegex(@"执行率.{0,12}得\d")]
    private static partial Regex BandRule();
}
