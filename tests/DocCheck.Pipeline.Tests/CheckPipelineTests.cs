using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Rules;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Pipeline.Tests;

public sealed class CheckPipelineTests
{
    private static DocumentSource Report(string source) => new("r.docx", DocxComposer.Compose(SourceParser.Parse(source)));

    [Fact]
    public void Defaults_ReadWordAndPdfAndRunEveryBuiltInRule()
    {
        var pipeline = new CheckPipelineBuilder().UseDefaults().Build();

        Assert.Collection(pipeline.Readers,
            reader => Assert.True(reader.CanRead(SniffedFormat.WordOpenXml)),
            reader => Assert.True(reader.CanRead(SniffedFormat.Pdf)));
        Assert.Equal(BuiltInRules.All.Count, pipeline.Rules.Length);
    }

    [Fact]
    public void APipelineWithoutReaders_RejectsWordFilesWithAReason()
    {
        var pipeline = new CheckPipelineBuilder().UseBuiltInRules().Build();

        var error = Assert.Throws<UnreadableDocumentException>(() => pipeline.Check(Report("正文。")));
        Assert.Equal(UnreadableReason.UnsupportedFormat, error.Reason);
    }

    [Fact]
    public void ThePipelineIsFrozen_BuilderChangesDoNotLeakIn()
    {
        var builder = new CheckPipelineBuilder().UseDefaults();
        var pipeline = builder.Build();
        builder.Rules.Clear();

        Assert.Equal(BuiltInRules.All.Count, pipeline.Rules.Length);
    }

    [Fact]
    public void Check_FindsErrors_AndTheNoteShowsOnlyTheFindingsGiven()
    {
        var result = DocChecker.Default.Check(Report("项目预算200.00万元，实际支出150.00万元，结余40.00万元。"));

        Assert.True(result.HasErrors);
        var note = NoteBuilder.Build(result, findings: []);
        Assert.Empty(note.Findings);
        Assert.Equal(Review.Verdict.Pass, note.Verdict);
        Assert.True(note.Coverage.Checks > 0);
    }

    [Fact]
    public void AReportThatCannotBeParsed_IsCorrupt_NotACrash()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocChecker.Default.Check(new DocumentSource("x.docx", BadFiles.BrokenXml())));

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
    }

    [Fact]
    public void APdfWithAnUnreadablePage_IsChecked_AndTheNoteSaysWhichPageWasSkipped()
    {
        var result = DocChecker.Default.Check(new DocumentSource("mixed.pdf", PdfFiles.WithUndecodablePages(4, 3)));
        using var output = new MemoryStream();
        DocChecker.WriteNote(result, "md", output);
        var note = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.Contains("第3页的文字无法解码", note, StringComparison.Ordinal);
        Assert.Contains("已跳过", note, StringComparison.Ordinal);
    }
}
