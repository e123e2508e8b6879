using DocCheck.Core.Text;

namespace DocCheck.Core.Tests.Text;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(105, "一百零五")]
    public void RoundTrips(int value, string text)
    {
        Assert.Equal(text, ChineseNumerals.Format(value));
        Assert.Equal(value, ChineseNumerals.Parse(text));
    }

    // A long list counts on past 999, and a list may start below zero: Word still shows a label, and reading the
    // document must not fail on it.
    [Theory]
    [InlineData(1000, "一千")]
    [InlineData(1005, "一千零五")]
    [InlineData(1015, "一千零一十五")]
    [InlineData(1500, "一千五百")]
    [InlineData(2030, "二千零三十")]
    [InlineData(9999, "九千九百九十九")]
    [InlineData(10000, "10000")]
    [InlineData(-3, "-3")]
    public void FormatsEveryCounter(int value, string text)
    {
        Assert.Equal(text, ChineseNumerals.Format(value));
    }

    [Fact]
    public void RejectsNonNumerals()
    {
        Assert.Equal(-1, ChineseNumerals.Parse("基本"));
    }
}
