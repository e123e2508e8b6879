using System.Text;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Maps radical code points back to the characters they stand for. CJK fonts share one glyph between a character
/// and its radical (力 and ⼒, 门 and ⻔), and a PDF's Unicode map often names the radical: Chromium's PDFs read
/// "项⽬⽀出" for 项目支出. Kangxi radicals have a compatibility decomposition; the simplified radicals of the
/// supplement block that also stand alone as characters are listed here.
/// </summary>
internal static class Radicals
{
    private const string Supplement =
        "⺟母⺠民⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟";

    private static readonly Dictionary<char, char> SupplementMap = Enumerable.Range(0, Supplement.Length / 2)
        .ToDictionary(i => Supplement[i * 2], i => Supplement[(i * 2) + 1]);

    /// <summary>Whether the text has any radical to map (the common case has none: no copy).</summary>
    public static bool Any(string text) => text.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FDF') >= 0;

    public static string Map(string text)
    {
        if (!Any(text))
        {
            return text;
        }

        var mapped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\u2F3E')
            {
                // ⼾ decomposes to the traditional 戶; simplified fonts draw 户 with it.
                mapped.Append('户');
            }
            else if (c is >= '\u2F00' and <= '\u2FD5')
            {
                mapped.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                mapped.Append(SupplementMap.TryGetValue(c, out var character) ? character : c);
            }
        }

        return mapped.ToString();
    }
}
