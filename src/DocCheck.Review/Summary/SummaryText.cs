using System.Text;

namespace DocCheck.Review.Summary;

/// <summary>
/// Report text made safe for XML parts and cells: no control characters (C0 but tab and line breaks, DEL, C1: a file
/// name from a zip may carry terminal escapes), no lone surrogates, bounded length.
/// </summary>
internal static class SummaryText
{
    /// <summary>Excel's limit of characters in one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    public static string Clean(string? text, int maxLength = MaxCellCharacters)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < text.Length && builder.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > maxLength)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Display width in Latin character units: ideographs and full-width forms count as two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var line in text.Split('\n'))
        {
            var lineWidth = 0;
            foreach (var c in line)
            {
                lineWidth += c >= '\u1100' ? 2 : 1;
            }

            width = Math.Max(width, lineWidth);
        }

        return width;
    }
}
