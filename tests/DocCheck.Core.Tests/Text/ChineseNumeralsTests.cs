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

    [Fact]
    public void RejectsNonNumerals()
    {
        Assert.Equal(-1, ChineseNumerals.Parse("基本"));
    }
}
