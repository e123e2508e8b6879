using DocCheck.Core.Findings;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Scores;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>所称评价等级与综合得分按报告所述（或标准）等级划分应得的等级不符。</summary>
/// <remarks>Lower band edges are inclusive: 90 → 优, 89.99 → 良 (rule catalog). A grade is judged against the score claimed with it.</remarks>
public sealed class GradeMatchesScoreRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "grade.mismatch", "评价等级与得分不符", RuleArea.Scoring, Severity.Error,
        "请按等级划分标准，根据综合得分重新确定评价等级。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = context.Facts;
        var bands = facts.StatedBands ?? context.Settings.DefaultGradeBands;
        var prose = facts.TotalScores.Where(s => !s.InTable).ToList();
        var judged = new HashSet<(Grade, decimal)>();
        foreach (var grade in facts.Grades)
        {
            var score = ScoreFor(grade, prose, facts.TotalScores);
            if (score is null)
            {
                context.CannotVerify("评价等级", "报告未给出可对应的综合得分，无法核对评价等级。", grade.Anchor.ToEvidence("评价等级"));
                continue;
            }

            if (!judged.Add((grade.Grade, score.Value.Number.Value)))
            {
                continue;
            }

            var earned = bands.GradeFor(score.Value.Number.Value);
            if (earned == grade.Grade)
            {
                context.Passed("评价等级");
                continue;
            }

            var bandText = bands.Stated ? "报告所述等级标准" : "标准等级划分";
            var message = $"综合得分{score.Value.Number.Printed}按{bandText}（{bands.Describe()}）应为“{earned.ToChinese()}”，报告评定为“{grade.Printed}”。";
            var evidence = new List<Evidence> { grade.Anchor.ToEvidence("评价等级"), score.Value.Anchor.ToEvidence("综合得分") };
            if (bands.Anchor is { } bandAnchor)
            {
                evidence.Add(bandAnchor.ToEvidence("等级标准"));
            }

            yield return context.Report("评价等级", message, grade.Printed, $"{earned.ToChinese()}（{Format.Points(score.Value.Number.Value)}）", evidence);
        }
    }

    /// <summary>The score a grade is about: one claimed in the same place, else the only score the text claims.</summary>
    private static (PrintedNumber Number, Anchor Anchor)? ScoreFor(GradeClaim grade, List<ScoreClaim> prose, IReadOnlyList<ScoreClaim> all)
    {
        var sameBlock = prose.LastOrDefault(s => s.Anchor.Location.Block == grade.Anchor.Location.Block && s.Anchor.Focus.Start < grade.Anchor.Focus.Start)
            ?? prose.FirstOrDefault(s => s.Anchor.Location.Block == grade.Anchor.Location.Block);
        if (sameBlock is not null)
        {
            return (sameBlock.Score, sameBlock.Anchor);
        }

        var candidates = prose.Count > 0 ? prose : all.ToList();
        var distinct = candidates.Select(s => s.Score.Value).Distinct().Count();
        return distinct == 1 ? (candidates[0].Score, candidates[0].Anchor) : null;
    }
}
