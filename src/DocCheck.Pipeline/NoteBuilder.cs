using System.Collections.Immutable;
using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Scores;
using DocCheck.Review;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>Turns a check result into the review note the writers render.</summary>
public static class NoteBuilder
{
    /// <summary>Builds the note; <paramref name="findings"/> overrides the findings shown (e.g. only confirmed ones).</summary>
    public static ReviewNote Build(CheckResult result, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var facts = result.Facts;
        var shown = (findings ?? result.Run.Findings).ToImmutableArray();

        var keyFacts = ImmutableArray.CreateBuilder<KeyFact>();
        foreach (var figure in facts.Figures)
        {
            keyFacts.Add(new KeyFact(figure.Role.ToChinese(), figure.Label, figure.Anchor.FocusText.Trim(), figure.Anchor.Location));
        }

        foreach (var rate in facts.Rates)
        {
            keyFacts.Add(new KeyFact("比率", rate.Name, rate.Stated.Printed, rate.Anchor.Location));
        }

        foreach (var execution in facts.Executions)
        {
            if (execution.Score is { } score && execution.ScoreAnchor is { } anchor)
            {
                keyFacts.Add(new KeyFact("预算执行率得分", execution.Label, score.Printed, anchor.Location));
            }
        }

        foreach (var score in facts.TotalScores)
        {
            keyFacts.Add(new KeyFact("综合得分", score.InTable ? "评分表合计" : "正文", score.Score.Printed, score.Anchor.Location));
        }

        foreach (var grade in facts.Grades)
        {
            keyFacts.Add(new KeyFact("评价等级", "正文", grade.Printed, grade.Anchor.Location));
        }

        if (facts.StatedBands is { Anchor: { } bandAnchor } bands)
        {
            keyFacts.Add(new KeyFact("等级标准", "报告所述", bands.Describe(), bandAnchor.Location));
        }

        var indicators = facts.IndicatorTables.SelectMany(t => t.Indicators.Select(i => new IndicatorRow(
            t.Table.TableIndex, i.Level1, i.Level2Inferred ? i.Level2 + "（模型推断）" : i.Level2, i.Name, i.Target, i.Actual,
            i.Weight?.Printed ?? string.Empty, i.Score?.Printed ?? string.Empty, i.Reason, i.NameCell.Location))).ToImmutableArray();

        var unchecked_ = result.Run.Unverified
            .Select(u => new UncheckedItem(u.Subject, u.Reason, u.Evidence?.Location))
            .Concat(result.Document.Diagnostics.Select(d => new UncheckedItem("读取", d.Message, d.Location)))
            .Concat(result.Run.Failures.Select(f => new UncheckedItem("规则 " + f.RuleId, "规则运行出错，已跳过（system.rule-failed）：" + f.Error, null)))
            .ToImmutableArray();

        var byRule = result.Run.Checks.GroupBy(c => c.RuleId)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => !c.Consistent)), StringComparer.Ordinal);

        return new ReviewNote
        {
            Title = facts.Title,
            Unit = facts.Unit,
            Year = facts.Year,
            FileName = result.Document.FileName,
            Sha256 = result.Document.Sha256,
            Format = result.Document.Format,
            EngineVersion = EngineInfo.Version,
            Verdict = VerdictText.From(shown),
            Findings = shown,
            Rules = BuiltInRules.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal),
            Coverage = new CoverageSummary(result.Run.Checks.Count, result.Run.Checks.Count(c => !c.Consistent), byRule),
            Unchecked = unchecked_,
            Facts = keyFacts.ToImmutable(),
            Indicators = indicators,
        };
    }
}
