using DocCheck.Core.Documents;
using DocCheck.Ingest.Pdf;
using DocCheck.Testing;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>Tables rebuilt from drawn lines, from the alignment of text, and across pages.</summary>
public sealed class PdfTableTests
{
    private static readonly double[] Columns = [72, 200, 330, 460];

    private static ReportDocument Read(byte[] pdf) => new PdfReader().Read(new DocumentSource("t.pdf", pdf));

    private static TableBlock OnlyTable(ReportDocument document) => Assert.Single(document.Blocks.OfType<TableBlock>());

    /// <summary>Writes row texts into the grid's cells, a little inside each cell's top-left corner.</summary>
    private static void Fill(PageCanvas page, double[] ys, string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                page.Text(Columns[c] + 4, ys[r] - 14, rows[r][c]);
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARuledGrid_BecomesATable_WhetherRulesAreStrokedOrFilled(bool filled)
    {
        double[] ys = [700, 680, 660, 640];
        var pdf = PdfFiles.Pages(page =>
        {
            page.Grid(Columns, ys, filled);
            Fill(page, ys, [["Item", "Budget", "Spent"], ["Roads", "45.00", "42.10"], ["Total", "45.00", "42.10"]]);
        });

        var table = OnlyTable(Read(pdf));

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("Budget", table.TextAt(0, 1));
        Assert.Equal("42.10", table.TextAt(2, 2));
        Assert.Equal(1, table.Location.Page);
        Assert.NotNull(table.At(1, 1)!.Location.Box);
    }

    [Fact]
    public void AMissingInnerLine_MergesTheCellsItWouldSeparate()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            // Row lines: the one between rows 2 and 3 stops short of column 1 (a vertical merge there).
            page.Line(72, 700, 460, 700);
            page.Line(72, 680, 460, 680);
            page.Line(200, 660, 460, 660);
            page.Line(72, 640, 460, 640);

            // Column lines: the one between columns 2 and 3 is missing in row 1 (a horizontal merge there).
            page.Line(72, 700, 72, 640);
            page.Line(200, 700, 200, 640);
            page.Line(330, 680, 330, 640);
            page.Line(460, 700, 460, 640);
            page.Text(76, 686, "Indicator");
            page.Text(204, 686, "Target and actual");
            page.Text(76, 666, "Output");
            page.Text(204, 666, "18");
            page.Text(334, 666, "18");
            page.Text(204, 646, "95%");
            page.Text(334, 646, "96%");
        });

        var table = OnlyTable(Read(pdf));

        Assert.Equal(2, table.At(0, 1)!.ColumnSpan);
        Assert.Equal("Target and actual", table.TextAt(0, 2));
        Assert.Equal(2, table.At(1, 0)!.RowSpan);
        Assert.Equal("Output", table.TextAt(2, 0));
        Assert.Equal("96%", table.TextAt(2, 2));
    }

    [Fact]
    public void ATableInsideACell_IsANestedTableOfThatCell()
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Grid([72, 200, 460], [700, 680, 620]);
            page.Text(76, 686, "Project");
            page.Text(204, 686, "Funds by source");
            page.Text(76, 666, "Sources");

            // The inner table sits inside the cell's padding left and right, and on its top and bottom lines.
            page.Grid([205, 330, 455], [680, 650, 620]);
            page.Text(209, 666, "Central");
            page.Text(334, 666, "30.00");
            page.Text(209, 636, "Local");
            page.Text(334, 636, "15.00");
        });

        var tables = Read(pdf).Blocks.OfType<TableBlock>().ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal((2, 2), (tables[0].RowCount, tables[0].ColumnCount));
        Assert.Equal("p1 T1[r2,c2]", tables[1].ParentCell?.ToString());
        Assert.Equal("15.00", tables[1].TextAt(1, 1));
    }

    [Fact]
    public void ATableContinuedOnTheNextPage_IsOneTable_WithoutItsRepeatedHeader()
    {
        double[] bottom = [160, 140, 120, 100];
        double[] top = [760, 740, 720, 700];
        var pdf = PdfFiles.Pages(
            page =>
            {
                page.Text(72, 700, "Funds by source are shown below.");
                page.Grid(Columns, bottom);
                Fill(page, bottom, [["Source", "Budget", "Spent"], ["Central", "30.00", "28.00"], ["Province", "10.00", "9.50"]]);
            },
            page =>
            {
                page.Grid(Columns, top);
                Fill(page, top, [["Source", "Budget", "Spent"], ["County", "5.00", "5.00"], ["Total", "45.00", "42.50"]]);
            });

        var table = OnlyTable(Read(pdf));

        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Source", "Central", "Province", "County", "Total"], Enumerable.Range(0, 5).Select(r => table.TextAt(r, 0)));
        Assert.Equal(2, table.At(3, 0)!.Location.Page);
    }

    [Fact]
    public void ARowSplitByThePageBreak_IsJoinedBackIntoOneRow()
    {
        double[] bottom = [140, 120, 88];
        double[] top = [760, 740, 700];
        var pdf = PdfFiles.Pages(
            page =>
            {
                page.Grid(Columns, bottom);
                Fill(page, bottom, [["Indicator", "Score", "Reason"]]);
                page.Text(76, 106, "Households");
                page.Text(204, 106, "8.88");
                page.Text(334, 106, "Three towns have not");
                page.Text(334, 94, "verified their areas");
            },
            page =>
            {
                page.Grid(Columns, top);
                page.Text(334, 746, "yet and will pay late.");
                page.Text(76, 726, "Satisfaction");
                page.Text(204, 726, "10");
            });

        var table = OnlyTable(Read(pdf));

        Assert.Equal(3, table.RowCount);
        Assert.Equal("Three towns have not verified their areas yet and will pay late.", table.TextAt(1, 2));
        Assert.Equal("Satisfaction", table.TextAt(2, 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ATableWithoutColumnLines_IsRebuiltFromTheAlignmentOfItsText(bool threeLine)
    {
        var pdf = PdfFiles.Pages(page =>
        {
            page.Text(72, 720, "Funds by source are shown below.");
            if (threeLine)
            {
                page.Line(72, 705, 460, 705);
                page.Line(72, 688, 460, 688);
                page.Line(72, 640, 460, 640);
            }

            string[][] rows = [["Source", "Budget", "Spent"], ["Central", "30.00", "28.00"], ["Province", "10.00", "9.50"], ["Total", "40.00", "37.50"]];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    page.Text(Columns[c], 693 - (r * 15), rows[r][c]);
                }
            }

            page.Text(72, 610, "Both sources were spent as planned.");
        });

        var document = Read(pdf);
        var table = OnlyTable(document);

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("9.50", table.TextAt(2, 2));
        Assert.Equal("Total", table.TextAt(3, 0));
        Assert.Equal(2, document.Blocks.OfType<ParagraphBlock>().Count());
    }
}
