using System.Text;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocCheck.Ingest.Pdf;
using DocCheck.Testing;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>Every way a PDF goes wrong ends with one reason in Chinese and the right <see cref="UnreadableReason"/>.</summary>
public sealed class PdfReaderLimitsTests
{
    private static UnreadableDocumentException Refused(byte[] content, PdfReaderOptions? options = null)
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => new PdfReader(options).Read(new DocumentSource("bad.pdf", content)));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Matches("[\u4e00-\u9fff]", error.Message);
        return error;
    }

    private static byte[] Report() => File.ReadAllBytes(RepoPaths.Of("corpus", "pdf", "libreoffice", "r02-farmland-subsidy-selfeval-2023.pdf"));

    [Fact]
    public void AScan_HasNoTextLayer_AndOcrIsNotOffered()
    {
        var error = Refused(PdfFiles.ScanOnly());

        Assert.Equal(UnreadableReason.NoTextLayer, error.Reason);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatDoesNotDecode_IsNamedAsSuch()
    {
        var error = Refused(PdfFiles.WithUndecodablePages(2, 1, 2));

        Assert.Equal(UnreadableReason.UndecodableText, error.Reason);
        Assert.Contains("Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordProtectedFile_IsEncrypted()
    {
        var error = Refused(PdfFiles.Encrypted());

        Assert.Equal(UnreadableReason.Encrypted, error.Reason);
        Assert.Contains("密码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomBytesBehindAPdfHeader_AreCorrupt()
    {
        Assert.Equal(UnreadableReason.Corrupt, Refused(PdfFiles.RandomAfterHeader()).Reason);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.05)]
    public void ATruncatedFile_IsCorrupt(double share)
    {
        Assert.Equal(UnreadableReason.Corrupt, Refused(PdfFiles.Truncated(Report(), share)).Reason);
    }

    [Fact]
    public void DeeplyNestedObjects_AreCorrupt()
    {
        var error = Refused(PdfFiles.DeeplyNested());

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.Contains("嵌套", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectsThatNameEachOtherInALoop_AreReadAsNull_NotAStackOverflow()
    {
        // A page whose contents and resources are null cannot be parsed: the file is corrupt, said in one line.
        var error = Refused(PdfFiles.ReferenceLoop());

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void APageTreeWhoseKidsObjectNamesItselfInALoop_OpensWithoutAStackOverflow()
    {
        // The loop sits where PdfPig follows it while opening the file, before any page is read.
        var pdf = Encoding.Latin1.GetString(PdfFiles.ReferenceLoop())
            .Replace("/Kids [3 0 R]", "/Kids 6 0 R", StringComparison.Ordinal);

        var error = Refused(Encoding.Latin1.GetBytes(pdf));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void AHundredThousandObjectsChainedToAFont_AreFollowedWithoutRecursion()
    {
        var document = new PdfReader().Read(new DocumentSource("chain.pdf", PdfFiles.ReferenceChain(100_000)));

        Assert.Contains(document.Paragraphs, p => p.Text.Value.Contains("Chained font", StringComparison.Ordinal));
    }

    [Fact]
    public void ADecompressionBomb_IsRefusedBeforeItIsInflated()
    {
        var bomb = PdfFiles.Inflating(1_500_000_000);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = Refused(bomb);

        Assert.True(bomb.Length < 3_000_000, "the bomb should be small on disk");
        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("压缩炸弹或内容过大", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 200_000_000, "the bomb was inflated into memory");
    }

    [Fact]
    public void ManyStreamsTogetherPastTheDocumentLimit_AreRefused()
    {
        var error = Refused(PdfFiles.Inflating(3_000_000, streams: 4),
            new PdfReaderOptions { MaxDecodedStreamBytes = 4_000_000, MaxDecodedDocumentBytes = 10_000_000 });

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("合计", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStreamWithinTheLimits_IsReadAsBefore()
    {
        var document = new PdfReader().Read(new DocumentSource("inflated.pdf", PdfFiles.Inflating(6_000_000)));

        Assert.Contains(document.Paragraphs, p => p.Text.Value.Contains("Inflated page", StringComparison.Ordinal));
    }

    [Fact]
    public void FormsThatDrawEachOther_SkipThePage_NotAStackOverflow()
    {
        // Form 1 draws form 2, form 2 draws form 1: PdfPig 0.1.16 recursed until the process died.
        var error = Refused(PdfFiles.Forms([[2], [1]]));

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.Contains("表单对象相互绘制", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormsNestedPastTheLimit_SkipThePage()
    {
        var chain = Enumerable.Range(1, 100).Select(i => i < 100 ? new[] { i + 1 } : []).ToArray();

        var error = Refused(PdfFiles.Forms(chain));

        Assert.Contains("嵌套超过", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shared resources that name every form, contents that draw no loop")]
    [InlineData("a form that draws itself, which PdfPig drops")]
    [InlineData("a diamond: two forms drawing the same third")]
    public void FormsWithoutALoop_AreRead(string shape)
    {
        var pdf = shape switch
        {
            "shared resources that name every form, contents that draw no loop" => PdfFiles.Forms([[2], [3], []], sharedResources: true),
            "a form that draws itself, which PdfPig drops" => PdfFiles.Forms([[1]]),
            _ => PdfFiles.Forms([[2, 3], [4], [4], []]),
        };

        var document = new PdfReader().Read(new DocumentSource("forms.pdf", pdf));

        Assert.Contains(document.Paragraphs, p => p.Text.Value.Contains("Page with forms", StringComparison.Ordinal));
    }

    [Fact]
    public void AThousandPages_AreRefusedBeforeAnyPageIsRead()
    {
        var error = Refused(PdfFiles.ManyPages(1000), new PdfReaderOptions { MaxPages = 300 });

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("1000 页", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingStopsAtTheTimeLimit()
    {
        var error = Refused(PdfFiles.ManyPages(50), new PdfReaderOptions { TimeLimit = TimeSpan.Zero });

        Assert.Equal(UnreadableReason.TimedOut, error.Reason);
        Assert.Contains("0/50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        Assert.Equal(UnreadableReason.TooLarge, Refused(Report(), new PdfReaderOptions { MaxFileBytes = 1024 }).Reason);
    }

    [Fact]
    public void AFewUnreadablePagesAmongMany_AreSkippedAndNamed()
    {
        var document = new PdfReader().Read(new DocumentSource("mixed.pdf", PdfFiles.WithUndecodablePages(4, 3)));

        var skipped = Assert.Single(document.Diagnostics, d => d.Code == "ingest.pdf-page-unreadable");
        Assert.Equal(3, skipped.Location?.Page);
        Assert.Contains("第3页", skipped.Message, StringComparison.Ordinal);
        var text = string.Concat(document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text.Value));
        Assert.Contains("PAGE 2 LINE 8", text, StringComparison.Ordinal);
        Assert.Contains("PAGE 4 LINE 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyLettersOnAPage_SkipsThatPage()
    {
        static void Dense(PageCanvas page)
        {
            for (var line = 0; line < 60; line++)
            {
                page.Text(20, 800 - (line * 12), new string('x', 100), 8);
            }
        }

        static void Plain(PageCanvas page) => page.Text(72, 700, "A short page.");

        var document = new PdfReader(new PdfReaderOptions { MaxLettersPerPage = 1000 }).Read(new DocumentSource("dense.pdf", PdfFiles.Pages(Plain, Dense)));

        Assert.Contains(document.Diagnostics, d => d.Location?.Page == 2 && d.Message.Contains("文字过多", StringComparison.Ordinal));
    }

    [Fact]
    public void APageWhoseContentIsOverTheLimit_IsSkippedBeforeItIsParsed()
    {
        static void Dense(PageCanvas page)
        {
            for (var line = 0; line < 60; line++)
            {
                page.Text(20, 800 - (line * 12), new string('x', 100), 8);
            }
        }

        static void Plain(PageCanvas page) => page.Text(72, 700, "A short page.");

        var options = new PdfReaderOptions { MaxPageContentBytes = 4 * 1024 };
        var document = new PdfReader(options).Read(new DocumentSource("dense.pdf", PdfFiles.Pages(Plain, Dense)));

        Assert.Contains(document.Diagnostics, d => d.Location?.Page == 2 && d.Message.Contains("页面内容超过", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.Value.Contains("A short page", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Value.Contains("xxxx", StringComparison.Ordinal));
    }
}
