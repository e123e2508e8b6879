using DocCheck.Core.Documents;
using DocCheck.Ingest.Pdf;
using DocCheck.Testing;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>Lines, paragraphs, headings and running text, from small Latin-text PDFs.</summary>
public sealed class PdfTextTests
{
    private static ReportDocument Read(byte[] pdf) => new PdfReader().Read(new DocumentSource("t.pdf", pdf));

    private static List<ParagraphBlock> Paragraphs(ReportDocument document) => [.. document.Blocks.OfType<ParagraphBlock>()];

    [Fact]
    public void LatinWords_AreJoinedWithOneSpace_AndWrappedLinesIntoOneParagraph()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(96, 700, "The project received its full budget of forty-five thousand and spent");
            page.Text(72, 685, "most of it on road repairs in the three counties named in the plan.");
        });

        var paragraph = Assert.Single(Paragraphs(Read(pdf)));

        Assert.Equal(
            "The project received its full budget of forty-five thousand and spent most of it on road repairs in the three counties named in the plan.",
            paragraph.Text.Value);
        Assert.Equal(1, paragraph.Location.Page);
        Assert.True(paragraph.Location.Box is { Left: < 80, Top: > 700 });
    }

    [Fact]
    public void AFirstLineIndent_StartsAParagraph()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(96, 700, "The first paragraph has one line only and it ends here at the margin ok.");
            page.Text(96, 685, "The second paragraph starts with an indent like the first one did too.");
            page.Text(72, 670, "and goes on.");
        });

        Assert.Equal(2, Paragraphs(Read(pdf)).Count);
    }

    [Fact]
    public void RunningHeadersFootersAndPageNumbers_AreDropped()
    {
        static Action<PageCanvas> Page(int number) => page =>
        {
            page.Text(72, 800, "Annual performance report 2021");
            page.Text(72, 700, "Body text of page " + number + ".");
            page.Text(290, 40, "- " + number + " -");
        };

        var text = Paragraphs(Read(PdfFiles.Pages(Page(1), Page(2), Page(3)))).Select(p => p.Text.Value).ToList();

        Assert.Equal(["Body text of page 1.", "Body text of page 2.", "Body text of page 3."], text);
    }

    [Fact]
    public void LargerBoldLines_AreHeadings_TheLargestTheTitle()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(150, 760, "Road repair project evaluation report", 18, isBold: true);
            page.Text(72, 720, "Basic facts", 15, isBold: true);
            page.Text(96, 700, "The project repaired forty kilometres of county roads.");
            page.Text(72, 670, "Funding", 14, isBold: true);
            page.Text(96, 650, "The budget was forty-five thousand.");
        });

        var headings = Paragraphs(Read(pdf)).Where(p => p.IsHeading).Select(p => (p.Text.Value, p.OutlineLevel)).ToList();

        Assert.Equal([("Road repair project evaluation report", 0), ("Basic facts", 1), ("Funding", 2)], headings);
    }

    [Fact]
    public void TypedOutlineLabels_MakeShortLinesHeadings_AsInWord()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(72, 700, "(1) Funding");
            page.Text(96, 680, "The budget was forty-five thousand, all of it received.");
        });

        var heading = Paragraphs(Read(pdf))[0];

        Assert.True(heading.IsHeading);
        Assert.Equal(Core.Text.OutlineLabelKind.ArabicParen, heading.Label?.Kind);
    }
}
