using System.Globalization;
using System.Text;

namespace DocCheck.Language.Tests;

/// <summary>Our segmenter against Python jieba on the same lines, pure jieba data (no domain dictionary).</summary>
public sealed class ParityTests
{
    [Theory]
    [InlineData(SegmentMode.Default, "default")]
    [InlineData(SegmentMode.NoHmm, "nohmm")]
    [InlineData(SegmentMode.Full, "full")]
    [InlineData(SegmentMode.Search, "search")]
    public void CorpusLines_AreCutAsPythonJiebaCutsThem(SegmentMode mode, string pythonMode)
    {
        var lines = JiebaTestData.CorpusLines();
        var segmenter = JiebaTestData.JiebaOnly;
        var expected = PythonJieba.Cut(lines, pythonMode);
        var differing = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var ours = segmenter.Cut(lines[i], mode);
            if (!ours.SequenceEqual(expected[i]))
            {
                differing.Add($"line {i}: {lines[i]}\n  python: {string.Join(" | ", expected[i])}\n  ours:   {string.Join(" | ", ours)}");
            }
        }

        var identical = (lines.Count - differing.Count) / (double)lines.Count;
        Assert.True(
            identical >= 0.999,
            string.Create(CultureInfo.InvariantCulture, $"{differing.Count} of {lines.Count} lines differ ({identical:P3} identical):\n")
                + string.Join("\n", differing.Take(50)));
        Assert.True(lines.Count > 2000, $"only {lines.Count} lines: corpus text missing?");
        Assert.SkipUnless(JiebaTestData.SeedsPresent, "../shared/seeds is not beside the checkout: only corpus/sources was compared (identical)");
    }

    /// <summary>Lines built to hit the traps: Python's white space, astral characters, numbers, rare characters.</summary>
    private static readonly string[] Traps =
    [
        "a\u001cb\u001d c\u001e\u001f，\u001c。",
        "😀表情符号𠀀汉字👨‍👩‍👧家庭",
        "\u00a0不间断空格\u3000全角空格\u2028行分隔\u0085下一行\u180e蒙古文",
        "版本 v1.2.3 与 3.5% 的增长，C++ 和 C# 以及 AT&T、B超",
        "价格为 12.50 元，增长3.5%，同比-2.1%，_下划线_和#号",
        "他叫李小福和陈港生，丄丅丏両龘靐齉爩",
        "行尾回车\r",
        "windows\r\n换行\r\n\r\n",
        "   ",
        "",
        "\t制表符\t分隔\v\f",
        "中文English混合mixed文本123abc４５６全角数字",
        "2022年12月31日资金到位率100%，预算执行率91.86%",
        "e\u0301 combining ǅ ﬁ ligature",
        "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
        "𪚥𪚥中国𪚥人民",
    ];

    public static TheoryData<string> TrapLines => new(Traps);

    private static readonly Lazy<Dictionary<string, List<List<string>>>> PythonTrapCuts = new(() =>
        new[] { "default", "nohmm", "full", "search" }.ToDictionary(m => m, m => PythonJieba.Cut([.. Traps], m)));

    private static readonly Lazy<Dictionary<string, List<List<SegmentToken>>>> PythonTrapTokens = new(() =>
        new[] { "tokenize", "tokenize_search" }.ToDictionary(m => m, m => PythonJieba.Run([.. Traps], m).Out
            .Select(line => line!.AsArray().Select(t => new SegmentToken(t![0]!.GetValue<string>(), t[1]!.GetValue<int>(), t[2]!.GetValue<int>())).ToList())
            .ToList()));

    [Theory]
    [MemberData(nameof(TrapLines))]
    public void TrapLines_AreCutAsPythonJiebaCutsThem_InEveryMode(string line)
    {
        PythonJieba.Require();
        var segmenter = JiebaTestData.JiebaOnly;
        var index = Array.IndexOf(Traps, line);
        foreach (var (mode, pythonMode) in new[] { (SegmentMode.Default, "default"), (SegmentMode.NoHmm, "nohmm"), (SegmentMode.Full, "full"), (SegmentMode.Search, "search") })
        {
            Assert.Equal(PythonTrapCuts.Value[pythonMode][index], segmenter.Cut(line, mode));
        }

        Assert.Equal(PythonTrapTokens.Value["tokenize"][index], segmenter.Tokenize(line));
        Assert.Equal(PythonTrapTokens.Value["tokenize_search"][index], segmenter.Tokenize(line, SegmentMode.Search));
    }
}
