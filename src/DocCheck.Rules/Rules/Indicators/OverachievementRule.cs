using System.Globalization;
using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>实际完成值大幅超过年度指标值（默认30%以上；≤类指标为低于30%以上），得满分且未作说明。</summary>
/// <remarks>财预〔2020〕10号 asks whether a target so easily beaten was set too low; the threshold is a setting.</remarks>
public sealed class OverachievementRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.overachieved", "大幅超额完成未说明", RuleArea.Indicators, Severity.Warning,
        "请说明超额完成的原因，并分析年度指标值是否设置偏低。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var threshold = context.Settings.OverachievementThreshold;
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            if (indicator.IsExecutionRate || indicator.Score is not { } score || indicator.Weight is not { } weight)
            {
                continue;
            }

            var assessment = IndicatorAssessor.Assess(indicator);
            if (assessment.Outcome != Outcome.Met || assessment.Ratio is not { } ratio || score.High < weight.Low)
            {
                continue;
            }

            // Beating a floor by 30 % means actual ≥ 1.3 × target; undercutting a ceiling by 30 % means actual ≤ 0.7 ×
            // target (the ratio is target ÷ actual there, so 36 hours against ≤48 is 25 % under, not 33 %).
            var margin = assessment.LowerIsBetter ? 1m - 1m / ratio : ratio - 1m;
            if (margin < threshold || IndicatorEvidence.IsOverachievementExplained(indicator, context.Facts))
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            var beyond = (margin * 100m).ToString("0.#", CultureInfo.InvariantCulture);
            var direction = assessment.LowerIsBetter ? "低于" : "超过";
            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”实际完成值{indicator.ActualCell?.Text.Original.Trim()}{direction}年度指标值{indicator.TargetCell?.Text.Original.Trim()}达{beyond}%，得满分且未作说明，年度指标值可能设置偏低。",
                indicator.ActualCell?.Text.Original.Trim(), indicator.TargetCell?.Text.Original.Trim(),
                IndicatorEvidence.Row(indicator, score: true, reason: true));
        }
    }
}
