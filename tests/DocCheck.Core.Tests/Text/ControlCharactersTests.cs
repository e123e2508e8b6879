using DocCheck.Core.Text;

namespace DocCheck.Core.Tests.Text;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("报告\u001b[31m红\u001b[0m.docx", "报告\uFFFD[31m红\uFFFD[0m.docx")]
    [InlineData("a\u0085b\u009bc\u007fd", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("一\t二\r\n三\r四", "一\uFFFD二\uFFFD\uFFFD三\uFFFD四")]
    [InlineData("绩效评价报告（2024）.pdf", "绩效评价报告（2024）.pdf")]
    public void Names_LoseEveryControlCharacter(string text, string expected) =>
        Assert.Equal(expected, ControlCharacters.Replace(text, keepLineBreaks: false));

    [Fact]
    public void MultiLineText_KeepsTabsAndLineBreaks_Only() =>
        Assert.Equal("一\t二\n三\uFFFD四\n五\uFFFD", ControlCharacters.Replace("一\t二\r\n三\r四\n五\u0007", keepLineBreaks: true));

    [Fact]
    public void CleanText_IsReturnedAsItIs()
    {
        var text = "没有控制字符";
        Assert.Same(text, ControlCharacters.Replace(text, keepLineBreaks: false));
    }
}
