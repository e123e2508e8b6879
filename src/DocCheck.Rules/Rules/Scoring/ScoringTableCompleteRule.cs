using DocCheck.Core.Findings;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>评分表只覆盖评价框架的一部分（缺少一级指标、分值合计不足满分），综合得分无法核实。</summary>
public sealed class ScoringTableCompleteRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "table.incomplete", "评分表不完整", RuleArea.Scoring, Severity.Warning,
        "请补全评分表的全部一级指标及其分值、得分，使综合得分可以复核。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var analysis in ScoringAnalysis.Of(context.Facts))
        {
            if (!analysis.IsIncomplete)
            {
                context.Passed("评分表完整性");
                continue;
            }

            var weight = analysis.TotalWeight!.Value.Mid;
            var claims = context.Facts.TotalScores.Where(s => !s.InTable).Select(s => s.Score.Printed).Distinct().ToList();
            var claimText = claims.Count > 0 ? $"，报告所称综合得分{string.Join("、", claims)}无法据此核实" : string.Empty;
            var message = $"评分表仅列出{string.Join("、", analysis.Level1Names)}（分值合计{Format.Points(weight)}，满分{Format.Points(analysis.ExpectedTotal)}），缺少{string.Join("、", analysis.Missing)}部分{claimText}。";
            var table = analysis.Table;
            var evidence = table.Groups.Where(g => g.Level == 1)
                .Select(g => Extract.Text.Anchor.ForCell(g.WeightCell ?? g.NameCell).ToEvidence("一级指标 " + g.Name))
                .ToList();
            evidence.AddRange(context.Facts.TotalScores.Where(s => !s.InTable).Take(1).Select(s => s.Anchor.ToEvidence("所称综合得分")));
            yield return context.Report("评分表", message, Format.Points(weight), Format.Points(analysis.ExpectedTotal), evidence);
        }
    }
}
