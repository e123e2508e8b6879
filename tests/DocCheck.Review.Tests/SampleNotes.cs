using System.Collections.Immutable;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;

namespace DocCheck.Review.Tests;

internal static class SampleNotes
{
    public static readonly RuleDescriptor Rate = new("rate.mismatch", "比率与金额或数量不符", RuleArea.Arithmetic, Severity.Error, "请重新计算。");
    public static readonly RuleDescriptor Vague = new("indicator.not-quantified", "指标值未量化", RuleArea.Indicators, Severity.Warning, "请量化。");

    public static Finding Finding(RuleDescriptor rule, Severity severity, string subject = "占比") => new(
        rule.Id, severity, subject, $"{subject}写为80%，应为79.46%。", "80%", "79.46%",
        [new Evidence(new SourceLocation { Block = 4, Paragraph = 38, Section = "四、项目绩效情况" }, "占比80%，实现|目标", "比率")]);

    public static ReviewNote Note(params Finding[] findings) => new()
    {
        Title = "综合事务项目绩效评价报告",
        Unit = "省政务中心",
        Year = 2020,
        FileName = "report.docx",
        Sha256 = new string('a', 64),
        Format = "docx",
        EngineVersion = "test",
        Verdict = VerdictText.From(findings),
        Findings = [.. findings],
        Rules = new Dictionary<string, RuleDescriptor> { [Rate.Id] = Rate, [Vague.Id] = Vague },
        Coverage = new CoverageSummary(10, findings.Length, new Dictionary<string, (int, int)>()),
        Unchecked = [new UncheckedItem("资金到位率", "报告未给出分子或分母。", null)],
        Facts = [new KeyFact("实际支出", "共支出", "512.02万元", new SourceLocation { Block = 2, Paragraph = 23 })],
        Indicators = [new IndicatorRow(0, "产出指标", "数量指标", "培训人数", "≥300人", "326人", "20", "20", string.Empty, new SourceLocation { Block = 5, Table = 0, Row = 1, Column = 2 })],
    };
}
