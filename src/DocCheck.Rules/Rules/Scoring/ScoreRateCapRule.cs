using DocCheck.Core.Findings;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>执行率偏低，而综合得分高于部分省份对该执行率设定的得分上限（如执行率70%–80%最高89分）。</summary>
/// <remarks>Caps differ by province: <see cref="CheckSettings.RateCapBands"/> sets them; an empty list turns the rule off.</remarks>
public sealed class ScoreRateCapRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "score.rate-cap", "综合得分超过执行率对应上限", RuleArea.Scoring, Severity.Info,
        "如本地区对低执行率项目设有得分上限，请按上限调整综合得分及等级。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bands = context.Settings.RateCapBands.OrderBy(b => b.RateBelow).ToList();
        if (bands.Count == 0)
        {
            yield break;
        }

        var total = context.Facts.TotalScores.FirstOrDefault(s => !s.InTable) ?? (context.Facts.TotalScores.Count > 0 ? context.Facts.TotalScores[0] : null);
        if (total is null || ExecutionRates.Best(context.Facts) is not { } rate)
        {
            yield break;
        }

        var band = bands.FirstOrDefault(b => rate.Percent.Mid < b.RateBelow);
        if (band is null || total.Score.Value <= band.MaxScore + context.Rule.Tolerance)
        {
            context.Passed("执行率得分上限");
            yield break;
        }

        var message = $"预算执行率为{rate.Text}（低于{band.RateBelow:0.##}%），按执行率得分上限，综合得分不应高于{band.MaxScore:0.##}分，报告为{total.Score.Printed}。";
        yield return context.Report("综合得分", message, total.Score.Printed, $"≤{band.MaxScore:0.##}分",
            [total.Anchor.ToEvidence("综合得分"), rate.Anchor.ToEvidence("执行率")]);
    }
}
