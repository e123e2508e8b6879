using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>指标有年度指标值，却未填写实际完成值。</summary>
public sealed class ActualPresentRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.actual-missing", "未填写实际完成值", RuleArea.Indicators, Severity.Warning,
        "请补充该指标的实际完成值，并据此评分。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (table, indicator) in context.Facts.Indicators)
        {
            if (!table.Has(IndicatorColumn.Actual) || IndicatorText.IsBlank(indicator.Target))
            {
                continue;
            }

            var actual = indicator.Actual.Trim();
            if (!IndicatorText.IsBlank(actual))
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”有年度指标值“{indicator.TargetCell?.Text.Original.Trim()}”，但未填写实际完成值。",
                null, null, IndicatorEvidence.Row(indicator, actual: false));
        }
    }
}
