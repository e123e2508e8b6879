using DocCheck.Core.Text;

namespace DocCheck.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("９１．７６％", "91.76%")]
    [InlineData("≧95％", "≥95%")]
    [InlineData("＞95%", ">95%")]
    [InlineData("指标性质═", "指标性质=")]
    [InlineData("评价等 级", "评价等级")]
    [InlineData("综合得分 90 分以上（含 90 分）", "综合得分90分以上(含90分)")]
    [InlineData("  Word   and  PDF  ", "Word and PDF")]
    [InlineData("39个，653项", "39个，653项")]
    [InlineData("经济效益\n指标", "经济效益指标")]
    [InlineData("\u3000全角空格", "全角空格")]
    public void Normalizes(string original, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeValue(original));
    }

    [Fact]
    public void KeepsTheMapBackToTheOriginal()
    {
        var text = TextNormalizer.Normalize("共支出 ５１２．０２ 万元，结余");
        var start = text.Value.IndexOf("512.02万元", StringComparison.Ordinal);

        Assert.Equal("５１２．０２ 万元", text.OriginalSlice(start, "512.02万元".Length));
    }

    [Fact]
    public void MapsSurrogatePairsWhole()
    {
        var text = TextNormalizer.Normalize("𠀀 项目");

        Assert.Equal("𠀀", text.OriginalSlice(0, 2));
    }

    [Fact]
    public void EmptyAndNull_GiveEmpty()
    {
        Assert.Equal(string.Empty, TextNormalizer.NormalizeValue(null));
        Assert.Equal(string.Empty, TextNormalizer.NormalizeValue("   "));
    }
}
