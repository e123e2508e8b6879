using DocCheck.Core.Text;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Decides how two consecutive printed lines join: whether the first ended its paragraph, and what separates
/// them when it did not (nothing next to Chinese text or inside a number, one space between Latin words).
/// </summary>
internal static class LineJoiner
{
    /// <summary>
    /// Whether <paramref name="previous"/> ends its paragraph: a wrapped line stops only because the next word did
    /// not fit, so a line followed by room for the next line's first word ended on purpose.
    /// </summary>
    /// <param name="previous">The earlier line.</param>
    /// <param name="next">The later line.</param>
    /// <param name="left">Left edge of the text area (page margin or cell edge).</param>
    /// <param name="right">Right edge of the text area.</param>
    /// <param name="padding">Space the layout may leave unused at the edges (cell padding).</param>
    public static bool EndsParagraph(TextLine previous, TextLine next, double left, double right, double padding)
    {
        var size = Math.Max(previous.FontSize, 1);
        var leftGap = previous.Left - left;
        var rightGap = right - previous.Right;
        // Centred: wide, nearly equal margins on both sides (a first-line indent is narrower than three characters).
        var centered = leftGap > size * 3 && Math.Abs(leftGap - rightGap) < size;
        var free = centered ? leftGap + rightGap : rightGap;
        return free > FirstWordWidth(next) + padding + (size * 0.3);
    }

    /// <summary>Whether the break falls inside a number (a narrow cell wraps 97.30% as 97.3 | 0%).</summary>
    public static bool SplitsNumber(TextLine previous, TextLine next) =>
        (char.IsAsciiDigit(previous.Text[^1]) || previous.Text[^1] is '.' or ',') && (char.IsAsciiDigit(next.Text[0]) || next.Text[0] is '.' or '%' or '％');

    /// <summary>What goes between two lines of one paragraph: a space where a Latin word ends or begins, else nothing.</summary>
    public static string Separator(TextLine previous, TextLine next)
    {
        var last = previous.Text[^1];
        var first = next.Text[0];
        var latin = !TextNormalizer.IsWide(last) && !TextNormalizer.IsWide(first) && (char.IsLetter(last) || char.IsLetter(first));
        return latin && !char.IsWhiteSpace(last) ? " " : string.Empty;
    }

    /// <summary>
    /// Width of what the line could not have left behind on the line before: a Chinese character with any closing
    /// punctuation after it (，。） cannot start a line) and, when it opens with 《 （ “, the character after; or Latin
    /// letters and digits up to a gap.
    /// </summary>
    public static double FirstWordWidth(TextLine line)
    {
        var letters = line.Letters;
        var start = letters[0].StartBaseLine.X;
        double End(int index) => letters[index].StartBaseLine.X + letters[index].Width;

        // Opening punctuation stays with what follows it.
        var i = 0;
        while (i < letters.Count - 1 && Opening.Contains(letters[i].Value[0]))
        {
            i++;
        }

        var end = End(i);
        if (BreaksAround(letters[i].Value[0]))
        {
            i++;
        }
        else
        {
            for (i++; i < letters.Count; i++)
            {
                var gap = letters[i].StartBaseLine.X - end;
                if (BreaksAround(letters[i].Value[0]) || gap > Math.Max(letters[i].PointSize, 1) * 0.15)
                {
                    break;
                }

                end = End(i);
            }
        }

        // Closing punctuation stays with what precedes it, and digits right after it too: （护）9.96 breaks
        // before 9.96 or not at all.
        var closed = false;
        for (; i < letters.Count && Closing.Contains(letters[i].Value[0]); i++)
        {
            end = End(i);
            closed = true;
        }

        for (; closed && i < letters.Count && !BreaksAround(letters[i].Value[0]) && !char.IsWhiteSpace(letters[i].Value[0]); i++)
        {
            end = End(i);
        }

        return end - start;
    }

    /// <summary>
    /// Chinese characters and punctuation: a line may break before or after each (within the rules for punctuation).
    /// Symbols such as ≥ and full-width digits stay with the number they belong to.
    /// </summary>
    private static bool BreaksAround(char c) =>
        c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || (c is >= '\uFF00' and <= '\uFFEF' && !char.IsLetterOrDigit(c) && c != '％');

    private const string Opening = "《（“‘【〔「『(［";

    private const string Closing = "，。、；：！？）》”’】〕」』,.;:!?)］%％";
}
