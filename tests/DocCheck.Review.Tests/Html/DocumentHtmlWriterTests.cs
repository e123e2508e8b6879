using System.Xml.Linq;
using DocCheck.Core.Documents;
using DocCheck.Review.Html;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Review.Tests.Html;

public sealed class DocumentHtmlWriterTests
{
    private const string Sample = """
        # 某某项目支出绩效自评报告
        ## 一、基本情况
        项目预算金额45万元，实际支出45万元，执行率100%。
        | 一级指标 | 二级指标 | 指标值 |
        | 产出指标 | 数量 | ≥300人 |
        | ^ | 质量 | 合格率\n达到95% |
        | 合计 | < | 100 |
        [textbox] 文本框里的说明
        | 资金 | {{funds}} |
        | 备注 | 无 |
        [table funds]
        | 预算 | 45 |
        | 支出 | 45 |
        """;

    private static ReportDocument Compose(string source) => ModelComposer.Compose(SourceParser.Parse(source), "sample.docx");

    private static XElement Parse(string html)
    {
        // The fragment is HTML; with its void <br> closed it is also well-formed XML, which shows that no report text
        // opened or closed an element.
        return XElement.Parse(html.Replace("<br>", "<br/>", StringComparison.Ordinal));
    }

    private static Dictionary<string, XElement> ById(string html) =>
        Parse(html).DescendantsAndSelf().Where(e => e.Attribute("id") is not null).ToDictionary(e => (string)e.Attribute("id")!);

    [Fact]
    public void Paragraphs_AreIdentifiedByBlock_AndHeadingsCarryTheirLevel()
    {
        var document = Compose(Sample);
        var ids = ById(DocumentHtmlWriter.Write(document));

        var title = ids["b0"];
        Assert.Equal("p", title.Name.LocalName);
        Assert.Equal("dc-p dc-h dc-h0", (string?)title.Attribute("class"));
        Assert.Equal("dc-p dc-h dc-h1", (string?)ids["b1"].Attribute("class"));
        Assert.Equal("1", (string?)ids["b1"].Attribute("aria-level"));
        Assert.Equal("dc-p", (string?)ids["b2"].Attribute("class"));
        Assert.Equal("项目预算金额45万元，实际支出45万元，执行率100%。", ids["b2"].Value);
        Assert.Equal("textbox", (string?)ids["b4"].Attribute("data-part"));
        foreach (var paragraph in document.Paragraphs)
        {
            Assert.Equal("b" + paragraph.Index, DocumentHtmlWriter.AnchorId(paragraph.Location));
        }
    }

    [Fact]
    public void Cells_AreIdentifiedOneBased_AndMergedCellsSpanTheirSlots()
    {
        var document = Compose(Sample);
        var html = DocumentHtmlWriter.Write(document);
        var ids = ById(html);

        var table = ids["t1"];
        Assert.Equal("table", table.Name.LocalName);
        Assert.Equal("b3", (string?)table.Parent!.Attribute("id"));
        Assert.Equal("2", (string?)ids["t1-r2-c1"].Attribute("rowspan"));
        Assert.Equal("产出指标", ids["t1-r2-c1"].Value);
        Assert.Equal("2", (string?)ids["t1-r4-c1"].Attribute("colspan"));
        Assert.DoesNotContain("t1-r3-c1", ids.Keys);
        Assert.DoesNotContain("t1-r4-c2", ids.Keys);
        Assert.Contains("<td id=\"t1-r3-c3\">合格率<br>达到95%</td>", html, StringComparison.Ordinal);
        foreach (var cell in document.Tables.SelectMany(t => t.Cells))
        {
            var id = DocumentHtmlWriter.AnchorId(cell.Location);
            Assert.Equal($"t{cell.Location.Table + 1}-r{cell.Row + 1}-c{cell.Column + 1}", id);
            Assert.Contains(id!, ids.Keys);
        }
    }

    [Fact]
    public void NestedTables_FollowTheirHost_WithACaptionNamingTheHostCell()
    {
        var document = Compose(Sample);
        var html = DocumentHtmlWriter.Write(document);
        var ids = ById(html);

        var nested = ids["t3"];
        Assert.Equal("dc-table dc-nested", (string?)nested.Attribute("class"));
        Assert.Equal("t2-r1-c2", (string?)nested.Attribute("data-parent"));
        Assert.Equal("嵌套于表2 第1行第2列的表格", nested.Element("caption")!.Value);
        Assert.Equal("#t3", (string?)ids["t2-r1-c2"].Element("a")!.Attribute("href"));
        Assert.True(html.IndexOf("id=\"t2\"", StringComparison.Ordinal) < html.IndexOf("id=\"t3\"", StringComparison.Ordinal));
        Assert.Equal("45", ids["t3-r2-c2"].Value);
    }

    [Fact]
    public void HostileText_IsEncoded()
    {
        var document = Compose("""
            <script>alert(1)</script>
            ＜img src=x onerror=alert(1)＞
            | "&' | </td></table><b>粗</b> |
            """);

        var html = DocumentHtmlWriter.Write(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // Normalisation turns the full-width brackets into ASCII ones; encoding comes after it.
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&amp;&#39;", html, StringComparison.Ordinal);
        var ids = ById(html);
        Assert.Equal("\"&'", ids["t1-r1-c1"].Value);
        Assert.Equal("</td></table><b>粗</b>", ids["t1-r1-c2"].Value);
    }

    [Fact]
    public void PdfPages_AreMarkedWhereTheyBegin_EachOnce()
    {
        var builder = new ReportDocumentBuilder("r.pdf", new string('0', 64), "pdf") { PageCount = 4 };
        builder.AddParagraph(new ParagraphDraft { Text = "第一页的段落。", Page = 1, Box = new BoundingBox(72, 700, 500, 712) });
        builder.AddParagraph(new ParagraphDraft { Text = "还是第一页。", Page = 1 });
        builder.AddTable(new TableDraft
        {
            Page = 1,
            Rows = [[new CellDraft { Text = "甲" }], [new CellDraft { Text = "乙", Page = 2 }]],
        });
        builder.AddParagraph(new ParagraphDraft { Text = "第三页的段落。", Page = 3 });
        var document = builder.Build();

        var html = DocumentHtmlWriter.Write(document);
        var markers = Parse(html).Elements("div").Where(d => (string?)d.Attribute("class") == "dc-page").Select(d => d.Value).ToList();

        string[] expected = ["第1页", "第2页", "第3页", "第4页"];
        Assert.Equal(expected, markers);
        Assert.Contains("<p id=\"b0\" class=\"dc-p\" data-page=\"1\">", html, StringComparison.Ordinal);
        Assert.Contains("<td id=\"t1-r2-c1\" data-page=\"2\">乙</td>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"p2\"", StringComparison.Ordinal) > html.IndexOf("id=\"t1\"", StringComparison.Ordinal));
        Assert.Equal("p2", DocumentHtmlWriter.AnchorId(SourceLocation.OfPage(2)));
        Assert.Contains("p2", ById(html).Keys);
    }

    [Fact]
    public void WordDocuments_HaveNoPageMarkers()
    {
        Assert.DoesNotContain("dc-page", DocumentHtmlWriter.Write(Compose(Sample)), StringComparison.Ordinal);
    }

    [Fact]
    public void AnchorId_IsNull_WhenTheLocationNamesNoElement()
    {
        Assert.Null(DocumentHtmlWriter.AnchorId(new SourceLocation { Block = -1 }));
        Assert.Equal("b7", DocumentHtmlWriter.AnchorId(new SourceLocation { Block = 7, Table = 1 }));
        Assert.Equal("t2-r5-c3", DocumentHtmlWriter.AnchorId(new SourceLocation { Block = 7, Table = 1, Row = 4, Column = 2, Span = new TextSpan(1, 2) }));
    }

    [Fact]
    public void EveryLocationOfACorpusReport_HasItsAnchor_AndIdsAreUnique()
    {
        // Review tests see Core only, so the evidence locations are those findings take theirs from: every paragraph
        // and every cell (the rules quote them with a span, which the anchor ignores).
        var document = ModelComposer.Compose(SourceParser.ParseFile(RepoPaths.Of("corpus", "sources", "r19-provincial-rural-revitalization-fund-2022.txt")));
        var html = DocumentHtmlWriter.Write(document);
        var ids = Parse(html).DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(document.Blocks, b => b is TableBlock { ParentCell: not null });
        var locations = document.Blocks.Select(b => b.Location)
            .Concat(document.Tables.SelectMany(t => t.Cells).Select(c => c.Location with { Span = new TextSpan(0, 1) }));
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var location in locations)
        {
            var id = DocumentHtmlWriter.AnchorId(location);
            Assert.True(id is not null && idSet.Contains(id), $"{location}: no element with id {id}");
        }

        Assert.Equal(html, DocumentHtmlWriter.Write(document));
    }

    [Fact]
    public void SmallDocument_MatchesItsGolden()
    {
        Golden.Assert(DocumentHtmlWriter.Write(Compose(Sample)), RepoPaths.Of("tests", "DocCheck.Review.Tests", "Html", "sample.golden.html"));
    }
}
