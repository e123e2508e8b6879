using DocCheck.Core.Findings;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>所称综合得分（正文或评分表合计行）与评分表各行得分之和不符。</summary>
/// <remarks>An incomplete table (table.incomplete) cannot confirm or refute a total, so it is left to that rule.</remarks>
public sealed class TotalScoreMatchesRowsRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "score.total-mismatch", "综合得分与各项得分之和不符", RuleArea.Scoring, Severity.Error,
        "请重新汇总评分表各项得分，更正综合得分及评价结论。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = ScoringAnalysis.Of(context.Facts);
        if (all.Count > 0 && all[0].IsPartOfSplitTable)
        {
            foreach (var finding in CheckSplitTable(context, all))
            {
                yield return finding;
            }

            yield break;
        }

        var analyses = all.Where(a => a.TotalScore is not null && !a.IsIncomplete).ToList();
        foreach (var analysis in analyses)
        {
            var claims = new List<(PrintedNumber Score, Anchor Anchor)>();
            if (analysis.Table.TotalScore is { } tableTotal && analysis.Table.TotalScoreCell is { } cell)
            {
                claims.Add((tableTotal, Anchor.ForCell(cell)));
            }

            // Claims in the text refer to the report's only scoring table — unless the table's weights fall short of
            // 100 with no total of its own: then part of the score lies outside it, and the claim cannot be checked.
            var partial = analysis.Table.DeclaredTotalWeight is null && analysis.TotalWeight is { } weights && weights.High < analysis.ExpectedTotal - context.Rule.Tolerance;
            if (analyses.Count == 1 && partial)
            {
                context.CannotVerify("综合得分", $"评分表各项分值之和为{Format.Points(analysis.TotalWeight!.Value.Mid)}，不足100分，报告所称综合得分无法据此核实。");
            }
            else if (analyses.Count == 1)
            {
                claims.AddRange(context.Facts.TotalScores.Where(s => !s.InTable).Select(s => (s.Score, s.Anchor)));
            }

            var computed = analysis.TotalScore!.Value;
            var reported = new HashSet<decimal>();
            var tableTotalAddsUp = false;
            foreach (var (score, anchor) in claims)
            {
                var stated = Interval.Of(score).Widen(Tolerance.For(context, score) + Tolerance.Epsilon);
                if (computed.Overlaps(stated) || analysis.OverallScore is { } overall && overall.Overlaps(stated))
                {
                    tableTotalAddsUp |= anchor.Location.Table is not null;
                    context.Passed("综合得分");
                    continue;
                }

                // The table's total and another sentence of the text agree with the rows, this sentence states
                // another score: two statements of one score differ, which figure.conflict reports with both quotes.
                if (tableTotalAddsUp && anchor.Location.Table is null && claims.Any(c => c.Anchor.Location.Table is null
                        && computed.Overlaps(Interval.Of(c.Score).Widen(Tolerance.For(context, c.Score) + Tolerance.Epsilon))))
                {
                    continue;
                }

                if (!reported.Add(score.Value))
                {
                    continue;
                }

                var sumText = Format.Points(computed.Mid);
                var message = $"综合得分写为{score.Printed}，评分表各项得分之和为{sumText}（共{analysis.Table.Indicators.Count}项{(analysis.Execution?.Score is not null ? "，含预算执行率得分" : string.Empty)}）。";
                var evidence = new List<Evidence> { anchor.ToEvidence("所称综合得分") };
                evidence.AddRange(analysis.Table.Indicators.Where(i => i.ScoreCell is not null).Take(1)
                    .Select(i => Anchor.ForCell(i.ScoreCell!).ToEvidence("评分表首项得分")));
                yield return context.Report("综合得分", message, score.Printed, sumText, evidence);
            }
        }
    }

    /// <summary>A scoring table split over several: each part's own total row against its rows, the text's total against all of them.</summary>
    private static IEnumerable<Finding> CheckSplitTable(RuleContext context, IReadOnlyList<ScoringAnalysis> parts)
    {
        var claims = new List<(PrintedNumber Score, Anchor Anchor, Interval Computed)>();
        foreach (var part in parts.Where(p => p.TotalScore is not null && p.Table.TotalScore is not null && p.Table.TotalScoreCell is not null))
        {
            claims.Add((part.Table.TotalScore!, Anchor.ForCell(part.Table.TotalScoreCell!), part.TotalScore!.Value));
        }

        if (parts[0].SplitTableScore is { } whole)
        {
            claims.AddRange(context.Facts.TotalScores.Where(s => !s.InTable).Select(s => (s.Score, s.Anchor, whole)));
        }

        var reported = new HashSet<decimal>();
        foreach (var (score, anchor, computed) in claims)
        {
            var stated = Interval.Of(score).Widen(Tolerance.For(context, score) + Tolerance.Epsilon);
            if (computed.Overlaps(stated))
            {
                context.Passed("综合得分");
                continue;
            }

            if (!reported.Add(score.Value))
            {
                continue;
            }

            var sumText = Format.Points(computed.Mid);
            yield return context.Report("综合得分", $"综合得分写为{score.Printed}，评分表（共{parts.Count}张）各项得分之和为{sumText}。",
                score.Printed, sumText, [anchor.ToEvidence("所称综合得分")]);
        }
    }
}
