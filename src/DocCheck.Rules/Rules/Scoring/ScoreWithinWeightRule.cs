using DocCheck.Core.Findings;
using DocCheck.Extract.Text;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>某项指标得分超过其分值（权重）。</summary>
public sealed class ScoreWithinWeightRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "score.exceeds-weight", "得分超过分值", RuleArea.Scoring, Severity.Error,
        "指标得分不得超过其分值，请按评分标准重新打分。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            if (indicator.Score is not { } score || indicator.Weight is not { } weight)
            {
                continue;
            }

            if (score.Low <= weight.High + context.Rule.Tolerance)
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            yield return context.Report(indicator.ShortName, $"指标“{indicator.ShortName}”得分{score.Printed}，超过其分值{weight.Printed}。",
                score.Printed, "≤" + weight.Printed,
                [Anchor.ForCell(indicator.ScoreCell!).ToEvidence("得分"), Anchor.ForCell(indicator.WeightCell!).ToEvidence("分值")]);
        }

        foreach (var execution in context.Facts.Executions)
        {
            if (execution is { Score: { } score, Weight: { } weight, ScoreAnchor: { } scoreAnchor, WeightAnchor: { } weightAnchor }
                && score.Low > weight.High + context.Rule.Tolerance)
            {
                yield return context.Report("预算执行率", $"预算执行率得分{score.Printed}，超过其分值{weight.Printed}。", score.Printed, "≤" + weight.Printed,
                    [scoreAnchor.ToEvidence("得分"), weightAnchor.ToEvidence("分值")]);
            }
        }
    }
}
