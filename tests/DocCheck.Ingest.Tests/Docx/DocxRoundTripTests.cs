using DocCheck.Ingest.Docx;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Ingest.Tests.Docx;

public sealed class DocxRoundTripTests
{
    private const string Source = """
        # 某县农村公路建设项目绩效评价报告
        =1 基本情况
        =2 项目概况
        项目预算金额45万元。
        =3 第一项
        =3 第二项
        =2 项目绩效目标
        =1 绩效评价工作开展情况
        ## 三、综合评价情况及评价结论
        ### （一）评分
        总体评价等级：R优 £良 £中 £差
        [textbox] 注：本表金额单位为万元。
        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
        | 产出指标（50分） | 数量指标 | 道路里程 | ≥30公里 | 32公里 |
        | ^ | ^ | 桥梁 | ≥2座 | 2座 |
        | ^ | 质量指标 | 验收合格率 | ≥95% | 98% |
        | 合计 | < | < | {{inner}} | 无 |
        [table inner]
        | a | b |
        | c\nd | e |
        """;

    [Fact]
    public void ReadingTheGeneratedDocx_GivesTheModelTheSourceDescribes()
    {
        var source = SourceParser.Parse(Source);
        var direct = ModelComposer.Compose(source, "roundtrip.docx");
        var read = DocxReader.Instance.Read(new DocumentSource("roundtrip.docx", DocxComposer.Compose(source)));

        Assert.Equal(ModelDump.Dump(direct, withSections: true), ModelDump.Dump(read, withSections: true));
    }

    [Fact]
    public void WordNumbering_IsRebuiltAsLabels()
    {
        var read = DocxReader.Instance.Read(new DocumentSource("n.docx", DocxComposer.Compose(SourceParser.Parse(Source))));
        var headings = read.Paragraphs.Where(p => p.IsHeading).Select(p => p.Text.Original).ToList();

        Assert.Equal(
            ["某县农村公路建设项目绩效评价报告", "一、基本情况", "（一）项目概况", "1.第一项", "2.第二项", "（二）项目绩效目标", "二、绩效评价工作开展情况", "三、综合评价情况及评价结论", "（一）评分"],
            headings);
    }

    [Fact]
    public void TickBoxesInWingdings_AreReadAsBoxes()
    {
        var read = DocxReader.Instance.Read(new DocumentSource("t.docx", DocxComposer.Compose(SourceParser.Parse(Source))));

        Assert.Contains(read.Paragraphs, p => p.Text.Original == "总体评价等级：☑优 □良 □中 □差");
    }

    [Fact]
    public void MergedCells_KnowTheirSpans()
    {
        var read = DocxReader.Instance.Read(new DocumentSource("m.docx", DocxComposer.Compose(SourceParser.Parse(Source))));
        var table = read.Tables.First();

        var group = table.At(3, 0)!;
        Assert.Equal((1, 0, 3, 1), (group.Row, group.Column, group.RowSpan, group.ColumnSpan));
        Assert.Equal("产出指标（50分）", group.Text.Original);
        Assert.Equal(2, table.At(2, 1)!.RowSpan);
        var total = table.At(4, 2)!;
        Assert.Equal((4, 0, 1, 3), (total.Row, total.Column, total.RowSpan, total.ColumnSpan));
    }

    [Fact]
    public void TextBox_IsReadOnce()
    {
        var read = DocxReader.Instance.Read(new DocumentSource("x.docx", DocxComposer.Compose(SourceParser.Parse(Source))));

        Assert.Single(read.Paragraphs, p => p.Text.Original.Contains("本表金额单位为万元", StringComparison.Ordinal));
    }

    [Fact]
    public void NestedTable_FollowsItsParentAndNamesItsCell()
    {
        var read = DocxReader.Instance.Read(new DocumentSource("x.docx", DocxComposer.Compose(SourceParser.Parse(Source))));
        var tables = read.Tables.ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal("T1[r5,c4]", tables[1].ParentCell?.ToString());
        Assert.Equal("c\nd", tables[1].At(1, 0)!.Text.Original);
    }
}
