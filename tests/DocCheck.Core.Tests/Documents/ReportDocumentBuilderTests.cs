using DocCheck.Core.Documents;
using DocCheck.Core.Text;

namespace DocCheck.Core.Tests.Documents;

public sealed class ReportDocumentBuilderTests
{
    private static CellDraft Cell(string text, int span = 1, bool continues = false) => new() { Text = text, ColumnSpan = span, ContinuesVerticalMerge = continues };

    [Fact]
    public void ResolvesGridSpanAndVerticalMerges()
    {
        var builder = new ReportDocumentBuilder("t.docx", "00", "docx");
        var table = builder.AddTable(new TableDraft
        {
            Rows =
            [
                [Cell("一级指标"), Cell("二级指标"), Cell("三级指标")],
                [Cell("产出指标（50分）"), Cell("数量指标"), Cell("培训人数")],
                [Cell(string.Empty, continues: true), Cell("质量指标"), Cell("合格率")],
                [Cell("合计", span: 3)],
            ],
        });

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Same(table.At(1, 0), table.At(2, 0));
        Assert.Equal(2, table.At(1, 0)!.RowSpan);
        Assert.Equal(3, table.At(3, 2)!.ColumnSpan);
        Assert.Equal("T1[r2,c1]", table.At(2, 0)!.Location.ToString());
        Assert.Equal(["合计"], table.RowCells(3).Select(c => c.Value));
    }

    [Fact]
    public void RecognisesTypedHeadingsAndRemembersTheSection()
    {
        var builder = new ReportDocumentBuilder("t.docx", "00", "docx");
        var heading = builder.AddParagraph(new ParagraphDraft { Text = "（一）项目资金到位情况分析。" })!;
        var body = builder.AddParagraph(new ParagraphDraft { Text = "1.推进了电子信息首位产业“一链办”改革。围绕产业梳理了54项审批事项。" })!;

        Assert.True(heading.IsHeading);
        Assert.Equal(2, heading.OutlineLevel);
        Assert.Equal(OutlineLabelKind.ChineseParen, heading.Label!.Kind);
        Assert.False(body.IsHeading);
        Assert.Equal("（一）项目资金到位情况分析。", body.Location.Section);
    }

    [Fact]
    public void RebuiltNumberingLabels_ComeBeforeTheText()
    {
        var builder = new ReportDocumentBuilder("t.docx", "00", "docx");
        var paragraph = builder.AddParagraph(new ParagraphDraft { Text = "基本情况", NumberingLabel = "一、", NumberingLevel = 1 })!;

        Assert.Equal("一、基本情况", paragraph.Text.Original);
        Assert.Equal(LabelSource.Numbering, paragraph.LabelSource);
        Assert.Equal("基本情况", paragraph.Body);
    }

    [Fact]
    public void EmptyParagraphs_AreSkipped()
    {
        var builder = new ReportDocumentBuilder("t.docx", "00", "docx");

        Assert.Null(builder.AddParagraph(new ParagraphDraft { Text = "  \u3000 " }));
        Assert.Empty(builder.Build().Blocks);
    }
}
