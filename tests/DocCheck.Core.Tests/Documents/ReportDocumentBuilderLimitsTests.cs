using DocCheck.Core.Documents;

namespace DocCheck.Core.Tests.Documents;

/// <summary>Spans and sizes a damaged file declares never become a grid of that size.</summary>
public sealed class ReportDocumentBuilderLimitsTests
{
    private static CellDraft Cell(string text, int span = 1, int skip = 0) => new() { Text = text, ColumnSpan = span, SkipColumnsBefore = skip };

    [Fact]
    public void ASpanOfTwoBillionColumns_IsCutAtTheGridLimit_WithANote()
    {
        var builder = new ReportDocumentBuilder("a.docx", "sha", "docx");
        builder.AddTable(new TableDraft { Rows = [[Cell("指标"), Cell("值", span: int.MaxValue)], [Cell("a"), Cell("b", skip: int.MaxValue)]] });

        var document = builder.Build();

        var table = Assert.Single(document.Tables);
        Assert.Equal(ReportDocumentBuilder.MaxGridColumns, table.ColumnCount);
        Assert.Equal("值", table.TextAt(0, 1));
        Assert.Contains(document.Diagnostics, d => d.Code == "ingest.table-cut");
    }

    [Fact]
    public void RowsPastTheLimit_AreLeftOutWithANote()
    {
        var builder = new ReportDocumentBuilder("a.docx", "sha", "docx");
        builder.AddTable(new TableDraft { Rows = [.. Enumerable.Range(0, ReportDocumentBuilder.MaxTableRows + 5).Select(i => (IReadOnlyList<CellDraft>)[Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture))])] });

        var document = builder.Build();

        Assert.Equal(ReportDocumentBuilder.MaxTableRows, Assert.Single(document.Tables).RowCount);
        Assert.Contains(document.Diagnostics, d => d.Code == "ingest.table-cut" && d.Message.Contains("其余行", StringComparison.Ordinal));
    }
}
