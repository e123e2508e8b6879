using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocCheck.Review.Summary;

namespace DocCheck.Review.Tests.Summary;

public sealed partial class HtmlSummaryWriterTests
{
    [Fact]
    public void HostileFileName_IsEncoded()
    {
        var html = HtmlSummaryWriter.Render(SampleSummaries.Mixed("<script>alert('x')</script>.docx"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.docx", html, StringComparison.Ordinal);
    }

    [Fact]
    public void IsSelfContained_WithAnSvgPerChart()
    {
        var html = HtmlSummaryWriter.Render(SampleSummaries.Mixed());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Equal(4, SvgElement().Count(html));
        foreach (Match svg in SvgElement().Matches(html))
        {
            // Each chart is well-formed XML, so browsers draw it the same way.
            XElement.Parse(svg.Value);
        }

        Assert.Contains("审核结论", html, StringComparison.Ordinal);
        Assert.Contains("各规则发现数", html, StringComparison.Ordinal);
        Assert.Contains("评价等级与综合得分", html, StringComparison.Ordinal);
        Assert.Contains("各单位报告", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsVerdictsRulesAndUnits()
    {
        var html = HtmlSummaryWriter.Render(SampleSummaries.Mixed());
        Assert.Contains("通过 1（20%）", html, StringComparison.Ordinal);
        Assert.Contains("退回修改 2（40%）", html, StringComparison.Ordinal);
        Assert.Contains("未能审核 2（40%）", html, StringComparison.Ordinal);
        Assert.Contains("1 项 / 1 份", html, StringComparison.Ordinal);
        Assert.Contains("省政务中心", html, StringComparison.Ordinal);
        Assert.Contains("2 份", html, StringComparison.Ordinal);
        Assert.Contains("b/broken.docx", html, StringComparison.Ordinal);
        Assert.Contains("文件内容无法解析，可能已损坏。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void GradeMismatch_IsRedInTheScatterAndHighlightedInTheTable()
    {
        var html = HtmlSummaryWriter.Render(SampleSummaries.Mixed());
        Assert.Equal(1, RedPoint().Count(html));

        // 良 at 78 points: row 良, band 60–80 is off the diagonal.
        Assert.Contains("<td class=\"mismatch\">1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyUnits_AreFoldedIntoOther()
    {
        var summary = SampleSummaries.Mixed() with { Reports = SampleSummaries.Many(100) };
        var html = HtmlSummaryWriter.Render(summary);
        Assert.Contains("其他 6 个单位", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("优秀", 0)]
    [InlineData("良好", 1)]
    [InlineData("合格", 2)]
    [InlineData("中", 2)]
    [InlineData("不合格", 3)]
    [InlineData("较差", 3)]
    [InlineData("未定", null)]
    public void GradeRows_ReadTheUsualLabels(string printed, int? row) => Assert.Equal(row, HtmlSummaryWriter.GradeRow(printed));

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("<circle [^>]*fill=\"#c62828\"")]
    private static partial Regex RedPoint();
}
