using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>实际完成值未达到年度指标值，却得了满分。</summary>
/// <remarks>
/// Scoring rule of the self-evaluation table: a quantitative indicator that is not met scores 分值 × 完成值 / 指标值
/// (指标值 / 完成值 for ≤ targets), never its full weight. The budget-execution row has its own rule.
/// </remarks>
public sealed class ShortfallFullScoreRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.shortfall-full-score", "未完成指标仍得满分", RuleArea.Indicators, Severity.Error,
        "未达到年度指标值的指标应按完成比例扣分，请重新评分。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            if (indicator.IsExecutionRate || indicator.Score is not { } score || indicator.Weight is not { } weight)
            {
                continue;
            }

            var assessment = IndicatorAssessor.Assess(indicator);
            if (assessment.Outcome != Outcome.Shortfall)
            {
                continue;
            }

            if (score.High < weight.Low - context.Rule.Tolerance)
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            var expected = assessment.Ratio is { } ratio ? Format.Points(weight.Value * Math.Min(1m, ratio)) : null;
            var computedText = expected is null ? "低于满分" : "约" + expected;
            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”实际完成值{indicator.ActualCell?.Text.Original.Trim()}未达到年度指标值{indicator.TargetCell?.Text.Original.Trim()}，却得满分{score.Printed}"
                + (expected is null ? "。" : $"，按完成比例应约为{expected}。"),
                score.Printed, computedText, IndicatorEvidence.Row(indicator, score: true));
        }
    }
}
