using System.Globalization;
using System.Xml.Linq;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocCheck.Ingest.Pdf;
using DocCheck.Testing;

namespace DocCheck.Ingest.Tests.Pdf;

public sealed class PdfPageRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<(ReportDocument Document, IReadOnlyList<string> Pages)> Corpus = new(() =>
    {
        var bytes = File.ReadAllBytes(RepoPaths.Of("corpus", "pdf", "libreoffice", "r19-provincial-rural-revitalization-fund-2022.pdf"));
        return (PdfReader.Instance.Read(new DocumentSource("r19.pdf", bytes)), PdfPageRenderer.RenderPages(bytes));
    });

    private static double Attribute(XElement element, string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);

    private static List<XElement> Texts(XElement svg) => [.. svg.Descendants(Svg + "text")];

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Parses one page and checks what every page has: the root's size, the white sheet, the marks group last.</summary>
    private static XElement Parse(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        var (width, height) = (Attribute(root, "data-width"), Attribute(root, "data-height"));
        Assert.True(width > 0 && height > 0);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"), (string?)root.Attribute("viewBox"));
        Assert.Equal("#fff", (string?)root.Elements(Svg + "rect").First().Attribute("fill"));
        var marks = root.Elements().Last();
        Assert.Equal(Svg + "g", marks.Name);
        Assert.Equal("dc-marks", (string?)marks.Attribute("class"));
        return root;
    }

    [Fact]
    public void ACorpusPdf_GivesOneWellFormedSvgPerPage_WithEachPagesText()
    {
        var (document, pages) = Corpus.Value;

        Assert.Equal(document.PageCount, pages.Count);
        var pageTexts = pages.Select((svg, i) =>
        {
            var root = Parse(svg);
            Assert.Equal(i + 1, (int)Attribute(root, "data-page"));
            return Compact(string.Concat(Texts(root).Select(t => t.Value)));
        }).ToList();

        Assert.Contains("绩效评价报告", pageTexts[0], StringComparison.Ordinal);
        Assert.Contains("摘要", pageTexts[0], StringComparison.Ordinal);
        // Every paragraph the reader found on a page begins, as drawn, on that page.
        foreach (var paragraph in document.Paragraphs)
        {
            var start = Compact(paragraph.Text.Original);
            start = start[..Math.Min(6, start.Length)];
            Assert.True(pageTexts[paragraph.Location.Page!.Value - 1].Contains(start, StringComparison.Ordinal), $"p{paragraph.Location.Page}: {start}");
        }
    }

    [Fact]
    public void AHeading_IsDrawnAtItsFlippedPosition_InItsFontSize()
    {
        var (document, pages) = Corpus.Value;
        var heading = document.Paragraphs.First(p => p.IsHeading && p.Text.Value.Contains("项目组织管理情况", StringComparison.Ordinal));
        var box = heading.Location.Box!.Value;
        var root = Parse(pages[heading.Location.Page!.Value - 1]);
        var height = Attribute(root, "data-height");

        var text = Assert.Single(Texts(root), t => t.Value.Contains("项目组织管理情况", StringComparison.Ordinal));

        Assert.InRange(Attribute(text, "y"), height - box.Top, height - box.Bottom);
        Assert.InRange(Attribute(text, "x"), box.Left - 0.5, box.Left + 0.5);
        Assert.InRange(Attribute(text, "font-size"), 10, 20);
        Assert.Contains("Noto Sans CJK SC", (string?)text.Parent!.Attribute("font-family"), StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndRules_AreFlipped_AndTextIsEscaped()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(72, 700, "Budget <script>&amp\" 45", size: 10);
            page.Line(72, 600, 272, 600);
            page.Line(72, 500, 72, 600);
        });

        var svg = Assert.Single(PdfPageRenderer.RenderPages(pdf));
        var root = Parse(svg);

        var text = Assert.Single(Texts(root));
        Assert.Equal("Budget <script>&amp\" 45", text.Value);
        Assert.Equal(72, Attribute(text, "x"), 1);
        Assert.Equal(PdfFiles.PageHeight - 700, Attribute(text, "y"), 1);
        Assert.Equal(10, Attribute(text, "font-size"), 1);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        var rules = (string)root.Element(Svg + "path")!.Attribute("d")!;
        Assert.Contains("M72 242H272", rules, StringComparison.Ordinal);
        Assert.Contains("M72 242V342", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsSetApart_AreSeparateTexts_AtTheirOwnPositions()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(72, 700, "Budget");
            page.Text(300, 700, "45.00");
        });

        var texts = Texts(Parse(Assert.Single(PdfPageRenderer.RenderPages(pdf))));

        string[] expected = ["Budget", "45.00"];
        Assert.Equal(expected, texts.Select(t => t.Value));
        Assert.Equal(300, Attribute(texts[1], "x"), 1);
    }

    [Fact]
    public void Mark_PutsAHighlightAtTheFlippedBox_InTheMarksGroup()
    {
        var pdf = PdfFiles.Pages(page => page.Text(72, 700, "Budget 45"));
        var svg = Assert.Single(PdfPageRenderer.RenderPages(pdf));

        var marked = PdfPageRenderer.Mark(svg, [new BoundingBox(100, 200, 300, 250), new BoundingBox(72, 698, 120, 710)]);

        var rects = Parse(marked).Elements().Last().Elements(Svg + "rect").ToList();
        Assert.Equal(2, rects.Count);
        Assert.Equal(100, Attribute(rects[0], "x"), 2);
        Assert.Equal(PdfFiles.PageHeight - 250, Attribute(rects[0], "y"), 2);
        Assert.Equal(200, Attribute(rects[0], "width"), 2);
        Assert.Equal(50, Attribute(rects[0], "height"), 2);
        Assert.Equal(PdfFiles.PageHeight - 710, Attribute(rects[1], "y"), 2);
        Assert.NotNull(rects[0].Attribute("stroke"));
        Assert.InRange(Attribute(rects[0], "fill-opacity"), 0.1, 0.9);
        // Marks add up; the page itself is untouched.
        Assert.Equal(3, Parse(PdfPageRenderer.Mark(marked, [new BoundingBox(0, 0, 10, 10)])).Elements().Last().Elements().Count());
        var start = marked.IndexOf("<g class=\"dc-marks\">", StringComparison.Ordinal) + "<g class=\"dc-marks\">".Length;
        Assert.Equal(svg, marked.Remove(start, marked.IndexOf("</g>", start, StringComparison.Ordinal) - start));
    }

    [Fact]
    public void Mark_OnACorpusPage_UsesThatPagesHeight()
    {
        var (document, pages) = Corpus.Value;
        var cell = document.Tables.SelectMany(t => t.Cells).First(c => c.Location.Page > 1 && c.Location.Box is not null);
        var box = cell.Location.Box!.Value;

        var root = Parse(PdfPageRenderer.Mark(pages[cell.Location.Page!.Value - 1], [box]));

        var rect = Assert.Single(root.Elements().Last().Elements());
        Assert.Equal(Attribute(root, "data-height") - box.Top, Attribute(rect, "y"), 1);
        Assert.Equal(box.Left, Attribute(rect, "x"), 1);
    }

    [Fact]
    public void PagesWithoutText_StillGiveValidSvg()
    {
        var pdf = PdfFiles.Pages(
            _ => { },
            page => page.Grid([72, 200, 400], [700, 650, 600]),
            page => page.Image());

        var pages = PdfPageRenderer.RenderPages(pdf);

        Assert.Equal(3, pages.Count);
        Assert.All(pages, svg => Assert.Empty(Texts(Parse(svg))));
        Assert.NotNull(Parse(pages[1]).Element(Svg + "path"));
    }

    [Fact]
    public void APageThatDoesNotParse_SaysSo_AndTheOthersStillRender()
    {
        var page = Assert.Single(PdfPageRenderer.RenderPages(PdfFiles.DeeplyNested()));

        Assert.Equal("本页无法显示", Assert.Single(Texts(Parse(page))).Value);
        Assert.Contains("本页无法显示", PdfPageRenderer.Mark(page, [new BoundingBox(1, 1, 2, 2)]), StringComparison.Ordinal);
    }

    [Fact]
    public void MaxPages_LimitsThePagesRendered()
    {
        Assert.Equal(2, PdfPageRenderer.RenderPages(PdfFiles.ManyPages(5), maxPages: 2).Count);
    }

    [Fact]
    public void SelectedPages_AreTheOnlyOnesDrawn_AndMatchTheFullRendering()
    {
        var pdf = PdfFiles.ManyPages(5);
        var all = PdfPageRenderer.RenderPages(pdf);

        var selected = PdfPageRenderer.RenderPages(pdf, [4, 2, 2, 0, 9]);

        Assert.Equal([2, 4], selected.Keys.Order());
        Assert.Equal(all[1], selected[2]);
        Assert.Equal(all[3], selected[4]);
        Assert.Empty(PdfPageRenderer.RenderPages(pdf, []));
    }

    [Fact]
    public void FilesThatAreNotPdfs_AreUnreadable()
    {
        Assert.Equal(UnreadableReason.Encrypted, Assert.Throws<UnreadableDocumentException>(() => PdfPageRenderer.RenderPages(PdfFiles.Encrypted())).Reason);
        Assert.Equal(UnreadableReason.Corrupt, Assert.Throws<UnreadableDocumentException>(() => PdfPageRenderer.RenderPages(PdfFiles.RandomAfterHeader())).Reason);
    }

    [Fact]
    public void Mark_RefusesAnSvgItDidNotMake()
    {
        Assert.Throws<ArgumentException>(() => PdfPageRenderer.Mark("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", []));
    }
}
