using DocCheck.Core.Text;

namespace DocCheck.Core.Tests.Text;

public sealed class OutlineLabelParserTests
{
    [Theory]
    [InlineData("一、基本情况", OutlineLabelKind.ChineseComma, 1, "一、")]
    [InlineData("十二、其他", OutlineLabelKind.ChineseComma, 12, "十二、")]
    [InlineData("(一)项目概况", OutlineLabelKind.ChineseParen, 1, "(一)")]
    [InlineData("(2) 项目绩效目标", OutlineLabelKind.ArabicParen, 2, "(2)")]
    [InlineData("3、 综合评价情况", OutlineLabelKind.ArabicDot, 3, "3、")]
    [InlineData("1.推进了改革", OutlineLabelKind.ArabicDot, 1, "1.")]
    [InlineData("2)细则", OutlineLabelKind.ArabicParen, 2, "2)")]
    [InlineData("③积极推进", OutlineLabelKind.Circled, 3, "③")]
    [InlineData("第一部分 项目概况", OutlineLabelKind.Part, 1, "第一部分")]
    [InlineData("第3章 结论", OutlineLabelKind.Part, 3, "第3章")]
    public void RecognisesTypedLabels(string text, OutlineLabelKind kind, int ordinal, string printed)
    {
        var label = OutlineLabelParser.Parse(text, out var length);

        Assert.NotNull(label);
        Assert.Equal((kind, ordinal, printed), (label.Kind, label.Ordinal, label.Printed));
        Assert.True(length >= printed.Length);
    }

    [Theory]
    [InlineData("2021年度实际支出")]
    [InlineData("1.2亿元的投资")]
    [InlineData("一是保证大厅正常运转")]
    [InlineData("95%以上")]
    [InlineData("项目概况")]
    public void IgnoresTextThatIsNoLabel(string text)
    {
        Assert.Null(OutlineLabelParser.Parse(text, out var length));
        Assert.Equal(0, length);
    }
}
