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
    }
}
