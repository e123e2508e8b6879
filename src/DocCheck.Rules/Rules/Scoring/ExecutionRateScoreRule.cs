using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>预算执行率得分不等于 分值 × 执行率（以分值为上限）。</summary>
/// <remarks>
/// The self-evaluation table scores budget execution as 分值 × 执行率, capped at the weight (财预〔2020〕10号 自评表).
/// The score is accepted when it follows from the rate the report prints or from the rate its own amounts give;
/// a wrongly printed rate is rate.mismatch's finding, not a second one here.
/// </remarks>
public sealed class ExecutionRateScoreRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "score.execution-rate", "预算执行率得分计算错误", RuleArea.Scoring, Severity.Error,
        "预算执行率得分应为“分值 × 执行率”（不超过分值），请重新计算。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = new List<(PrintedNumber Weight, PrintedNumber Score, PrintedNumber? Rate, Anchor ScoreAnchor, Anchor? RateAnchor, string Label)>();
        foreach (var execution in context.Facts.Executions)
        {
            if (execution is { Weight: { } weight, Score: { } score, ScoreAnchor: { } scoreAnchor })
            {
                rows.Add((weight, score, execution.Rate, scoreAnchor, execution.RateAnchor, execution.Label));
            }
        }

        foreach (var (_, indicator) in context.Facts.Indicators.Where(p => p.Indicator.IsExecutionRate))
        {
            if (indicator is { Weight: { } weight, Score: { } score, ScoreCell: { } scoreCell })
            {
                // An execution rate held to a target (部门预算执行率 ≥95% | 98.37% | 10 | 10) is scored as any indicator:
                // the target met earns the weight.
                if (score.Value == weight.Value && IndicatorAssessor.Assess(indicator).Outcome == Outcome.Met)
                {
                    context.Passed("预算执行率得分");
                    continue;
                }

                var rate = NumberParser.ParseValue(indicator.Actual) is { Kind: UnitKind.Percent, Comparator: Comparator.None } actual ? actual : null;
                rows.Add((weight, score, rate, Anchor.ForCell(scoreCell), indicator.ActualCell is { } a ? Anchor.ForCell(a) : null, indicator.Name));
            }
        }

        foreach (var row in rows)
        {
            // The preferred rate first (the report's amounts on its usual base, else the rate the row prints), then
            // every other rate the report prints or its amounts allow, as rate.mismatch tries them.
            var rates = new List<(Interval Percent, string Text, Anchor? Anchor)>();
            var recomputed = ExecutionRates.RecomputeAll(context.Facts, row.ScoreAnchor, row.Label).ToList();
            rates.AddRange(recomputed.Select(r => (r.Percent, $"{Format.Percent(r.Percent.Mid)}（{r.Spent.Number.Printed} ÷ {r.Base.Number.Printed}）", (Anchor?)r.Spent.Anchor)));
            if (row.Rate is { } printed)
            {
                rates.Insert(recomputed.Count > 0 ? 1 : 0, (Interval.Of(printed), printed.Printed, row.RateAnchor));
            }

            // A row whose printed rate its own amounts confirm (83.26 ÷ 96.40 = 86.37%) is scored on that rate: the
            // other bases (年初预算) and rates stated elsewhere are readings for a row that gives none or a wrong one.
            // Amounts of the row's own table that give its printed rate confirm it as well (全年执行数 1,166.50 ÷ 全年预算数
            // 1,220.00 = 95.61%), whatever other readings the report's cumulative or partial figures allow.
            if (row.Rate is { } own && recomputed.Count > 0
                && recomputed.Where((r, i) => i == 0 || (r.Spent.InTable && r.Base.InTable
                        && r.Spent.Anchor.Location.Block == row.ScoreAnchor.Location.Block && r.Base.Anchor.Location.Block == row.ScoreAnchor.Location.Block))
                    .Any(r => r.Percent.Overlaps(Interval.Of(own).Widen(Tolerance.For(context, own) + Tolerance.Epsilon))))
            {
                rates = [(Interval.Of(own), own.Printed, row.RateAnchor)];
            }
            else
            {
                rates.AddRange(context.Facts.Rates.Where(r => r.Kind == RateKind.Execution).Select(r => (Interval.Of(r.Stated), r.Stated.Printed, (Anchor?)r.Anchor)));
            }

            if (rates.Count == 0)
            {
                context.CannotVerify("预算执行率得分", "未能取得执行率，无法复核其得分。", row.ScoreAnchor.ToEvidence("得分"));
                continue;
            }

            // The report may score by the bands it states instead (执行率≥95%得10分，90%（含）-95%得8分…): either way
            // is accepted, the bands only when their top band is worth the row's weight.
            var bands = context.Facts.ExecutionBands.Count > 0 && context.Facts.ExecutionBands.Max(b => b.Points) == row.Weight.Value
                ? context.Facts.ExecutionBands
                : [];
            // A whole score is read as rounded (9.56 printed 10) only where the report prints its scores whole; beside
            // scores to two places (49.83, 99.83) a 10 is ten.
            var scoresToPlaces = context.Facts.Indicators.Any(p => p.Indicator.Score is { Decimals: > 0 });
            var stated = (scoresToPlaces && row.Score.Decimals == 0 ? Interval.Of(row.Score) : Interval.Rounded(row.Score))
                .Widen(Tolerance.For(context, row.Score) + Tolerance.Epsilon);
            if (rates.Any(r => Expected(row.Weight, r.Percent).Overlaps(stated)
                || bands.Any(b => b.Admits(r.Percent.Low, r.Percent.High) && Interval.Exact(b.Points).Overlaps(stated))))
            {
                context.Passed("预算执行率得分");
                continue;
            }

            var best = rates[0];
            var expected = Expected(row.Weight, best.Percent);
            var scoreText = Format.Points(expected.Mid);
            var byBands = bands.FirstOrDefault(b => b.Admits(best.Percent.Low, best.Percent.High));
            var message = byBands is null
                ? $"预算执行率得分写为{row.Score.Printed}，按分值{row.Weight.Printed} × 执行率{best.Text}计算应为{scoreText}。"
                : $"预算执行率得分写为{row.Score.Printed}，执行率{best.Text}按报告所列计分档（“{byBands.Anchor.QuoteText}”）应得{Format.Points(byBands.Points)}分，按分值 × 执行率计算应为{scoreText}分。";
            var evidence = new List<Evidence> { row.ScoreAnchor.ToEvidence("得分") };
            if (best.Anchor is { } rateAnchor)
            {
                evidence.Add(rateAnchor.ToEvidence("执行率"));
            }

            yield return context.Report("预算执行率得分", message, row.Score.Printed, scoreText, evidence);
        }
    }

    private static Interval Expected(PrintedNumber weight, Interval percent)
    {
        var w = weight.Value;
        return new Interval(Math.Min(w, w * percent.Low / 100m), Math.Min(w, w * percent.High / 100m));
    }
}
