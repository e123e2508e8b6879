using DocCheck.Core.Errors;
using DocCheck.Ingest.Docx;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Ingest.Tests.Docx;

public sealed class DocxReaderLimitsTests
{
    private static UnreadableDocumentException Read(byte[] content, DocxReaderOptions? options = null) =>
        Assert.Throws<UnreadableDocumentException>(() => new DocxReader(options).Read(new DocumentSource("bad.docx", content)));

    [Fact]
    public void AFileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var error = Read(DocxComposer.Compose(SourceParser.Parse("正文。")), new DocxReaderOptions { MaxFileBytes = 1024 });

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("文件过大", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipBomb_IsStoppedAtTheDefaultPartLimit()
    {
        var bomb = BadFiles.Inflating(41_000_000);

        var error = Read(bomb);

        Assert.True(bomb.Length < 1_000_000, "the bomb should be small on disk");
        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
    }

    [Fact]
    public void BrokenXml_IsCorrupt()
    {
        var error = Read(BadFiles.BrokenXml());

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void TenThousandNestedTables_AreRefusedWithAReason_NotAStackOverflow()
    {
        var file = BadFiles.NestedTables(10_000);

        var error = Read(file);

        Assert.True(file.Length < 20_000, "the file should be small on disk");
        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.Contains("嵌套", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void TablesNestedAsDeepAsWordAllows_AreStillRead()
    {
        // Word itself stops nesting tables well before 60 levels; such a file is odd but legitimate.
        var document = DocxReader.Instance.Read(new DocumentSource("deep.docx", BadFiles.NestedTables(60)));

        Assert.Equal(60, document.Tables.Count());
        Assert.Contains(document.Tables, t => t.Cells.Any(c => c.Value.Contains("项目预算100万元", StringComparison.Ordinal)));
    }

    [Fact]
    public void AParagraphOfAMillionCharacters_IsCutWithANote()
    {
        var source = "项目预算100万元。" + new string('9', 1_000_000);

        var document = DocxReader.Instance.Read(new DocumentSource("long.docx", DocxComposer.Compose(SourceParser.Parse(source))));

        var paragraph = Assert.Single(document.Paragraphs);
        Assert.Equal(DocCheck.Core.Documents.ReportDocumentBuilder.MaxTextCharacters, paragraph.Text.Value.Length);
        Assert.StartsWith("项目预算100万元。", paragraph.Text.Value, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == "ingest.text-cut" && d.Location?.Paragraph == 1);
    }

    [Fact]
    public void TooManyBlocks_AreRefused()
    {
        var source = string.Join('\n', Enumerable.Range(1, 50).Select(i => $"第{i}段。"));

        var error = Read(DocxComposer.Compose(SourceParser.Parse(source)), new DocxReaderOptions { MaxBlocks = 10 });

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
    }

    [Fact]
    public void ReadingHonoursCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            DocxReader.Instance.Read(new DocumentSource("a.docx", DocxComposer.Compose(SourceParser.Parse("正文。"))), cancelled.Token));
    }
}
