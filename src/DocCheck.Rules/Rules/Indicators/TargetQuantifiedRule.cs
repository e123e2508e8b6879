using System.Text.RegularExpressions;
using DocCheck.Core.Findings;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>年度指标值表述模糊（有效提升、进一步提高、明显改善、较好……），无法衡量。</summary>
/// <remarks>
/// Judged by the target classifier of issue #6 (models/target-quantified.md): a target is reported when the model
/// gives 模糊 at least <see cref="MinimumConfidence"/>. Without the model (or jieba's data) the word list below
/// decides, as before: no digits and a word of degree (在大厅设置专区 is a concrete deliverable, not vague).
/// </remarks>
public sealed partial class TargetQuantifiedRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.not-quantified", "指标值未量化", RuleArea.Indicators, Severity.Warning,
        "请将年度指标值设置为可衡量的量化目标（数量、比率、时限、金额等）。");

    /// <summary>Words of degree that make a target unmeasurable (domain notes: what reviewers look for).</summary>
    internal static readonly string[] VagueWords =
    [
        "有效提升", "有效提高", "有效改善", "明显改善", "明显提升", "明显提高", "显著提升", "显著提高", "显著改善",
        "进一步提高", "进一步提升", "进一步改善", "进一步加强", "进一步增强", "逐步提高", "逐步提升", "稳步提升", "稳步提高",
        "不断提高", "不断提升", "持续提升", "持续改善", "有所提高", "有所提升", "有所改善", "大幅提升", "大幅提高",
        "较好", "较高", "良好", "效果明显", "成效明显", "作用明显", "符合相关规定", "符合规定", "得到提升", "得到改善",
        "得到提高", "有效", "提升", "提高", "改善", "增强", "加强",
    ];

    /// <summary>The probability of 模糊 the model must give before a target is reported.</summary>
    public const float MinimumConfidence = 0.6f;

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            // A scoring rule in the target's column (符合规划和政策得满分, 每少1项扣0.5分) is how the row is scored, not
            // what it aims at: third-party tables put their 评分标准 there.
            var target = indicator.Target;
            if (target.Length == 0 || target.Contains('*', StringComparison.Ordinal) || ScoringRule().IsMatch(target))
            {
                continue;
            }

            var word = VagueWords.FirstOrDefault(w => target.Contains(w, StringComparison.Ordinal));
            bool isVague;
            string basis;
            if (context.Classifications.Of(indicator) is { TargetVague: { } modelVague } verdict)
            {
                var vagueProbability = modelVague ? verdict.TargetConfidence : 1 - verdict.TargetConfidence;
                isVague = vagueProbability >= MinimumConfidence;
                basis = word is null ? $"（指标分类模型判断，置信度{vagueProbability:P0}）" : $"（“{word}”）";
            }
            else
            {
                ClassifierFallback.Note(context);
                isVague = word is not null && !target.Any(char.IsAsciiDigit);
                basis = $"（“{word}”）";
            }

            if (!isVague)
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”的年度指标值“{indicator.TargetCell?.Text.Original.Trim() ?? target}”为定性描述{basis}，无法衡量完成程度。",
                indicator.TargetCell?.Text.Original.Trim() ?? target, null, IndicatorEvidence.Row(indicator, actual: false));
        }
    }

    [GeneratedRegex("得满分|不得分|扣\\d|扣分|得\\d+(\\.\\d+)?分")]
    private static partial Regex ScoringRule();
}
