using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>实际完成值未达到年度指标值，但没有说明偏差原因。</summary>
public sealed class DeviationExplainedRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.deviation-unexplained", "偏差未说明原因", RuleArea.Indicators, Severity.Warning,
        "请在“偏差原因分析及改进措施”中说明未完成的原因和改进措施。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (table, indicator) in context.Facts.Indicators)
        {
            if (indicator.IsExecutionRate || IndicatorAssessor.Assess(indicator).Outcome != Outcome.Shortfall)
            {
                continue;
            }

            if (IndicatorEvidence.IsExplained(indicator, context.Facts))
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            var where = table.Has(IndicatorColumn.Reason) ? "偏差原因栏为空" : "表中未说明偏差原因";
            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”实际完成值{indicator.ActualCell?.Text.Original.Trim()}未达到年度指标值{indicator.TargetCell?.Text.Original.Trim()}，{where}。",
                indicator.ActualCell?.Text.Original.Trim(), indicator.TargetCell?.Text.Original.Trim(),
                IndicatorEvidence.Row(indicator, reason: true));
        }
    }
}
