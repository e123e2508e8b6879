using System.Text;
using System.Text.Json;
using DocCheck.Core.Findings;
using DocCheck.Review.Docx;
using DocCheck.Review.Json;
using DocCheck.Review.Markdown;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocCheck.Review.Tests;

public sealed class WriterTests
{
    private static readonly ReviewNote Note = SampleNotes.Note(SampleNotes.Finding(SampleNotes.Rate, Severity.Error), SampleNotes.Finding(SampleNotes.Vague, Severity.Warning, "居民健康素养水平"));

    [Fact]
    public void Markdown_GroupsFindingsBySeverity_WithQuoteLocationAndAdvice()
    {
        var markdown = MarkdownNoteWriter.Render(Note);

        Assert.Contains("## 审核结论：退回修改", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## 一、错误（1项）", StringComparison.Ordinal) < markdown.IndexOf("## 二、需完善事项（1项）", StringComparison.Ordinal));
        Assert.Contains("- 比率：“占比80%，实现|目标”——第38段（“四、项目绩效情况”下）", markdown, StringComparison.Ordinal);
        Assert.Contains("- 建议：请重新计算。", markdown, StringComparison.Ordinal);
        Assert.Contains("| 实际支出 | 共支出 | 512.02万元 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## 三、未能核查", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesPipesInTables()
    {
        var note = Note with { Facts = [new KeyFact("预算", "标签|带竖线", "1|2", new Core.Documents.SourceLocation())] };

        Assert.Contains("| 预算 | 标签\\|带竖线 | 1\\|2 |", MarkdownNoteWriter.Render(note), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsChineseReadable_AndIsValid()
    {
        using var stream = new MemoryStream();
        JsonNoteWriter.Instance.Write(Note, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"subject\": \"占比\"", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var location = json.RootElement.GetProperty("findings")[0].GetProperty("evidence")[0].GetProperty("location");
        Assert.Equal("P38", location.GetProperty("ref").GetString());
        Assert.Equal(38, location.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public void Json_AddsPerRuleCoverage_RuleAreaAndDefaultSeverity_AndTheNonBodyPart()
    {
        var boxed = new Evidence(new Core.Documents.SourceLocation { Part = Core.Documents.DocumentPart.TextBox, Block = 9, Paragraph = 1 }, "80%", "比率");
        var note = Note with
        {
            Findings = [Note.Findings[0] with { Evidence = [boxed] }, Note.Findings[1]],
            Coverage = new CoverageSummary(5, 1, new Dictionary<string, (int, int)> { ["sum.mismatch"] = (3, 0), ["rate.mismatch"] = (2, 1) }),
        };
        using var stream = new MemoryStream();
        JsonNoteWriter.Instance.Write(note, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var coverage = json.RootElement.GetProperty("coverage");
        Assert.Equal(["rate.mismatch", "sum.mismatch"], coverage.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, coverage.GetProperty("rate.mismatch").GetProperty("checks").GetInt32());
        Assert.Equal(1, coverage.GetProperty("rate.mismatch").GetProperty("failed").GetInt32());
        var findings = json.RootElement.GetProperty("findings");
        Assert.Equal("arithmetic", findings[0].GetProperty("area").GetString());
        Assert.Equal("error", findings[0].GetProperty("defaultSeverity").GetString());
        Assert.Equal("textBox", findings[0].GetProperty("evidence")[0].GetProperty("location").GetProperty("part").GetString());
        Assert.False(findings[1].GetProperty("evidence")[0].GetProperty("location").TryGetProperty("part", out _));
    }

    [Fact]
    public void Docx_IsValidOpenXml()
    {
        using var stream = new MemoryStream();
        DocxNoteWriter.Instance.Write(Note, stream);
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        Assert.Contains("比率与金额或数量不符", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
