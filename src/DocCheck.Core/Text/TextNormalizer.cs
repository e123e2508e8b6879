using System.Text;

namespace DocCheck.Core.Text;

/// <summary>
/// Normalises printed report text for extraction: full-width digits, letters and operators become their
/// ASCII forms, variant comparators become one form (≧ → ≥, ═ → =), and white space is removed next to
/// Chinese characters (Word and PDF exports scatter spaces such as <c>90 分</c> or <c>等 级</c>) and
/// collapsed to one space elsewhere.
/// </summary>
/// <remarks>
/// The full-width comma (，) and enumeration comma (、) are kept: turning them into ASCII commas would make
/// <c>12，15</c> look like a thousands-separated number.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="original"/>; the map back to it is built when a quote first needs it.</summary>
    public static NormalizedText Normalize(string? original)
    {
        if (string.IsNullOrEmpty(original))
        {
            return NormalizedText.Empty;
        }

        // One pass into a stack buffer: this runs for every paragraph and cell of every report.
        var value = original.Length <= 512 ? stackalloc char[original.Length] : new char[original.Length];
        var length = Run(original, value, starts: null);
        var text = length == original.Length && value[..length].SequenceEqual(original) ? original : new string(value[..length]);
        return new NormalizedText(original, text, originalStarts: null);
    }

    /// <summary>For each normalised position, the original position it came from (plus the end).</summary>
    internal static int[] MapBack(string original, int normalizedLength)
    {
        var starts = new int[normalizedLength + 1];
        var value = new char[original.Length];
        Run(original, value, starts);
        starts[normalizedLength] = original.Length;
        return starts;
    }

    private static int Run(string original, Span<char> value, int[]? starts)
    {
        var length = 0;
        var pendingSpaceAt = -1;
        for (var i = 0; i < original.Length; i++)
        {
            var c = Map(original[i]);
            if (IsSpace(c))
            {
                if (pendingSpaceAt < 0)
                {
                    pendingSpaceAt = i;
                }

                continue;
            }

            if (pendingSpaceAt >= 0)
            {
                if (length > 0 && !IsWide(value[length - 1]) && !IsWide(c))
                {
                    if (starts is not null)
                    {
                        starts[length] = pendingSpaceAt;
                    }

                    value[length++] = ' ';
                }

                pendingSpaceAt = -1;
            }

            if (starts is not null)
            {
                starts[length] = i;
            }

            value[length++] = c;
        }

        return length;
    }

    /// <summary>Normalises and returns only the normalised string.</summary>
    public static string NormalizeValue(string? original) => Normalize(original).Value;

    /// <summary>Whether a character is white space for our purposes (including the ideographic space).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u3000' or '\u2002'
        or '\u2003' or '\u2009' or '\u200B' or '\uFEFF' || (c < ' ' && c != '\0');

    /// <summary>
    /// Whether a character is "wide": a Chinese character, Chinese punctuation or a full-width form that
    /// survived mapping. Spaces next to wide characters are layout, not content.
    /// </summary>
    public static bool IsWide(char c) =>
        c >= '\u2E80' && c <= '\u9FFF'         // CJK radicals, punctuation, kana, ideographs
        || c >= '\uF900' && c <= '\uFAFF'      // compatibility ideographs
        || c >= '\uFE30' && c <= '\uFE4F'      // CJK compatibility forms
        || c >= '\uFF00' && c <= '\uFFEF'      // half/full-width forms left unmapped (，、：)
        || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·' or '℃' or '≥' or '≤' or '≠' or '±'
        || c >= '\u2460' && c <= '\u24FF'      // circled numbers ①
        || char.IsSurrogate(c);

    private static char Map(char c)
    {
        switch (c)
        {
            case '，': return c; // see remarks
            case '、': return c;
            case '≧': return '≥';
            case '≦': return '≤';
            case '═': return '=';
            case '〜': return '~';
            case '－': return '-';
            default:
                break;
        }

        // Full-width ASCII block U+FF01..U+FF5E maps one-to-one onto U+0021..U+007E.
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        return c;
    }
}
