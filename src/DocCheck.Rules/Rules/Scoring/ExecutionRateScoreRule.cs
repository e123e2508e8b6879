using DocCheck.Core.Findings;
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
                var rate = NumberParser.ParseValue(indicator.Actual) is { Kind: UnitKind.Percent, Comparator: Comparator.None } actual ? actual : null;
                rows.Add((weight, score, rate, Anchor.ForCell(scoreCell), indicator.ActualCell is { } a ? Anchor.ForCell(a) : null, indicator.Name));
            }
        }

        foreach (var row in rows)
        {
            var rates = new List<(Interval Percent, string Text, Anchor? Anchor)>();
            if (row.Rate is { } statedRate)
            {
                rates.Add((Interval.Of(statedRate), statedRate.Printed, row.RateAnchor));
            }

            if (ExecutionRates.Recompute(context.Facts, row.ScoreAnchor, row.Label) is { } recomputed)
            {
                rates.Add((recomputed.Percent, $"{Format.Percent(recomputed.Percent.Mid)}（{recomputed.Spent.Number.Printed} ÷ {recomputed.Base.Number.Printed}）", recomputed.Spent.Anchor));
            }

            if (rates.Count == 0)
            {
                context.CannotVerify("预算执行率得分", "未能取得执行率，无法复核其得分。", row.ScoreAnchor.ToEvidence("得分"));
                continue;
            }

            var stated = Interval.Rounded(row.Score).Widen(Tolerance.For(context, row.Score) + Tolerance.Epsilon);
            var expected = rates.Select(r => (Rate: r, Score: Expected(row.Weight, r.Percent))).ToList();
            if (expected.Any(e => e.Score.Overlaps(stated)))
            {
                context.Passed("预算执行率得分");
                continue;
            }

            var best = expected[^1];
            var scoreText = Format.Points(best.Score.Mid);
            var message = $"预算执行率得分写为{row.Score.Printed}，按分值{row.Weight.Printed} × 执行率{best.Rate.Text}计算应为{scoreText}。";
            var evidence = new List<Evidence> { row.ScoreAnchor.ToEvidence("得分") };
            if (best.Rate.Anchor is { } rateAnchor)
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
