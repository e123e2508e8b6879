using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>指标已完成年度指标值，却未得满分，且未说明扣分原因。</summary>
public sealed class PartialScoreExplainedRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.score-unexplained", "完成指标未得满分且未说明", RuleArea.Indicators, Severity.Warning,
        "已完成的指标应得满分；如有扣分，请说明扣分理由。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            if (indicator.IsExecutionRate || indicator.Score is not { } score || indicator.Weight is not { } weight
                || IndicatorAssessor.Assess(indicator).Outcome != Outcome.Met)
            {
                continue;
            }

            if (score.High >= weight.Low - context.Rule.Tolerance || IndicatorEvidence.IsExplained(indicator, context.Facts))
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”实际完成值{indicator.ActualCell?.Text.Original.Trim()}已达到年度指标值{indicator.TargetCell?.Text.Original.Trim()}，得分{score.Printed}低于分值{weight.Printed}，未说明扣分原因。",
                score.Printed, weight.Printed, IndicatorEvidence.Row(indicator, score: true, weight: true));
        }
    }
}
