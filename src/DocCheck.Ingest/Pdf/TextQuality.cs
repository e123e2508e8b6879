using UglyToad.PdfPig.Content;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Tells whether a page's text decodes to something readable. PdfPig cannot recover text from subset fonts without
/// a Unicode map: such pages come out as private-use or replacement characters, or as accented Latin letters
/// standing for raw glyph codes. A Chinese report page has ideographs, digits and punctuation.
/// </summary>
internal static class TextQuality
{
    /// <summary>Pages with fewer letters than this are too short to judge.</summary>
    private const int MinLetters = 20;

    /// <summary>The reason a page's text is garbage, or null when it reads.</summary>
    public static string? Assess(IReadOnlyList<Letter> letters)
    {
        int total = 0, ideographs = 0, undecodable = 0, accented = 0;
        foreach (var letter in letters)
        {
            foreach (var c in letter.Value)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                total++;
                if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
                {
                    ideographs++;
                }
                else if (c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' or < ' ' or >= '\u007F' and <= '\u009F')
                {
                    undecodable++;
                }
                else if (c is >= '\u00C0' and <= '\u024F')
                {
                    accented++;
                }
            }
        }

        if (total < MinLetters)
        {
            return null;
        }

        if (undecodable * 5 > total)
        {
            return "的文字无法解码（字体缺少 Unicode 映射，提取出的多为乱码）";
        }

        return ideographs * 20 < total && accented * 5 > total * 2
            ? "的文字解码后是乱码（字体缺少 Unicode 映射）"
            : null;
    }
}
