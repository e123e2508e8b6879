using DocCheck.Core.Documents;
using DocCheck.Ingest.Pdf;
using DocCheck.Testing;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>What the Latin test PDFs cannot show: Chinese text as LibreOffice and Chromium print it (corpus/pdf).</summary>
public sealed class PdfCorpusReadingTests
{
    private static ReportDocument Read(string producer, string name) =>
        PdfReader.Instance.Read(DocumentSource.FromFile(RepoPaths.Of("corpus", "pdf", producer, name + ".pdf")));

    private static string AllText(ReportDocument document) => string.Concat(document.Blocks.Select(b => b switch
    {
        ParagraphBlock p => p.Text.Original + "\n",
        TableBlock t => string.Concat(t.Cells.Select(c => c.Text.Original + "\n")),
        _ => string.Empty,
    }));

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("chromium")]
    public void ChineseLines_JoinWithoutSpaces_IntoWholeParagraphs(string producer)
    {
        var paragraphs = Read(producer, "r01-school-renovation-2022").Blocks.OfType<ParagraphBlock>().Select(p => p.Text.Original).ToList();

        // The sentence runs over two or three printed lines in both PDFs.
        Assert.Contains(paragraphs, p => p.StartsWith("为落实《国务院办公厅关于全面加强乡村小规模学校和乡镇寄宿制学校建设的指导意见》和省教育厅", StringComparison.Ordinal)
            && p.EndsWith("列入2022年度市级部门预算（清财教〔2022〕7号）。", StringComparison.Ordinal));
    }

    [Fact]
    public void RadicalsInAFontsUnicodeMap_ReadAsTheCharactersTheyDraw()
    {
        var text = AllText(Read("chromium", "r02-farmland-subsidy-selfeval-2023"));

        Assert.Contains("项目支出绩效自评报告", text, StringComparison.Ordinal);
        Assert.Contains("农户", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void GradeTickBoxes_PrintedAsLetters_ReadAsBoxes()
    {
        Assert.Contains("自评等级：☑优 □良 □中 □差", AllText(Read("libreoffice", "r06-office-running-selfeval-2023")), StringComparison.Ordinal);
    }

    [Fact]
    public void BrowserHeadersAndFooters_AreNotText()
    {
        var text = AllText(Read("chromium", "r19-provincial-rural-revitalization-fund-2022"));

        Assert.DoesNotContain("file://", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{1,2}:\d{2} [AP]M", text);
    }

    [Fact]
    public void EveryBlockAndCell_KnowsItsPageAndBox()
    {
        var document = Read("libreoffice", "r19-provincial-rural-revitalization-fund-2022");
        var locations = document.Blocks.Select(b => b.Location).Concat(document.Blocks.OfType<TableBlock>().SelectMany(t => t.Cells.Select(c => c.Location))).ToList();

        Assert.All(locations, l => Assert.True(l.Page is >= 1 && l.Box is not null, l.ToString()));
        Assert.Contains(locations, l => l.Page > 30);
    }
}
