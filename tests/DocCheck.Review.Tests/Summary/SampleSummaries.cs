using System.Collections.Immutable;
using DocCheck.Core.Findings;
using DocCheck.Review.Summary;

namespace DocCheck.Review.Tests.Summary;

internal static class SampleSummaries
{
    public static readonly RuleDescriptor Grade = new("grade.mismatch", "评价等级与得分不符", RuleArea.Scoring, Severity.Error, "请重新确定等级。");

    public static ReportDigest Digest(string unit, string score, string grade, params Finding[] findings) =>
        ReportDigest.From(SampleNotes.Note(findings) with
        {
            Unit = unit,
            Facts =
            [
                new KeyFact("预算", "项目预算", "4,030.50万元", new Core.Documents.SourceLocation { Block = 1 }),
                new KeyFact("实际到位资金", "到位", "4,000.00万元", new Core.Documents.SourceLocation { Block = 1 }),
                new KeyFact("实际支出", "累计支出", "3,702.46万元", new Core.Documents.SourceLocation { Block = 1 }),
                new KeyFact("比率", "资金到位率", "99%", new Core.Documents.SourceLocation { Block = 1 }),
                new KeyFact("比率", "预算执行率", "91.86%", new Core.Documents.SourceLocation { Block = 1 }),
                new KeyFact("综合得分", "正文", score, new Core.Documents.SourceLocation { Block = 2 }),
                new KeyFact("评价等级", "正文", grade, new Core.Documents.SourceLocation { Block = 2 }),
            ],
        });

    /// <summary>Three checked reports (one clean, one with a rate error and a warning, one with a grade mismatch), one unreadable, one rejected.</summary>
    public static ScanSummary Mixed(string hostileName = "a/clean.docx") => new()
    {
        Source = "2023年度档案",
        EngineVersion = "test",
        Created = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero),
        Rules = new Dictionary<string, RuleDescriptor>
        {
            [SampleNotes.Rate.Id] = SampleNotes.Rate,
            [SampleNotes.Vague.Id] = SampleNotes.Vague,
            [Grade.Id] = Grade,
        },
        Reports =
        [
            ScannedReport.Checked(hostileName, Digest("省政务中心", "91.35分", "优"), reused: false),
            ScannedReport.Checked("a/rate.pdf", Digest("省政务中心", "85分", "良",
                SampleNotes.Finding(SampleNotes.Rate, Severity.Error), SampleNotes.Finding(SampleNotes.Vague, Severity.Warning, "培训人数")), reused: true),
            ScannedReport.Checked("b/grade.docx", Digest("市农业农村局", "78分", "良", SampleNotes.Finding(Grade, Severity.Error, "评价等级")), reused: false),
            ScannedReport.NotChecked("b/broken.docx", ScanStatus.Unreadable, "文件内容无法解析，可能已损坏。"),
            ScannedReport.NotChecked("../evil.docx", ScanStatus.Rejected, "路径越出目标目录。"),
        ],
    };

    public static ImmutableArray<ScannedReport> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ScannedReport.Checked($"r{i:000}.docx", Digest($"单位{i % 20}", $"{60 + (i % 40)}分", "良"), reused: false))];
}
