using DocCheck.Core.Documents;

namespace DocCheck.Core.Tests.Documents;

public sealed class SourceLocationTests
{
    [Fact]
    public void Cell_PrintsCompactlyAndInWords()
    {
        var location = new SourceLocation { Block = 7, Table = 1, Row = 4, Column = 2, Section = "四、绩效评价指标分析" };

        Assert.Equal("T2[r5,c3]", location.ToString());
        Assert.Equal("表2 第5行第3列（“四、绩效评价指标分析”下）", location.Describe());
    }

    [Fact]
    public void Paragraph_OnAPage_PrintsThePage()
    {
        var location = new SourceLocation { Block = 3, Paragraph = 12, Page = 4 };

        Assert.Equal("p4 P12", location.ToString());
        Assert.Equal("第4页 第12段", location.Describe());
    }

    [Fact]
    public void TextBox_IsNamed()
    {
        var location = new SourceLocation { Part = DocumentPart.TextBox, Block = 2, Paragraph = 1 };

        Assert.Equal("TBP1", location.ToString());
        Assert.StartsWith("文本框", location.Describe(), StringComparison.Ordinal);
    }
}
