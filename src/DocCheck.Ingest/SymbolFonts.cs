namespace DocCheck.Ingest;

/// <summary>
/// Maps characters of the symbol fonts used for tick boxes to their Unicode meaning: a ticked grade box
/// typed in Wingdings 2 is the letter R, an empty one is £ (the seeds show <c>R优 £良</c>). Word names the
/// font in the run; a PDF names it in the letter's font (after a subset prefix such as <c>ABCDEF+</c>).
/// </summary>
internal static class SymbolFonts
{
    public static bool IsSymbolFont(string? font) =>
        font is not null && (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase)
            || font.Equals("Symbol", StringComparison.OrdinalIgnoreCase)
            || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Unicode character a symbol-font character shows; the character itself when unknown.</summary>
    public static char Map(string font, char c)
    {
        // Symbol fonts are often addressed in the private-use area U+F000–U+F0FF.
        var code = c is >= '\uF000' and <= '\uF0FF' ? (char)(c - 0xF000) : c;
        var isWingdings2 = font.StartsWith("Wingdings 2", StringComparison.OrdinalIgnoreCase)
            || font.StartsWith("Wingdings2", StringComparison.OrdinalIgnoreCase);
        if (isWingdings2)
        {
            return code switch
            {
                'R' => '☑',
                'T' or 'S' => '☒',
                '£' or '\u00A3' => '□',
                'P' => '✓',
                'O' => '✗',
                _ => c,
            };
        }

        if (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase))
        {
            return code switch
            {
                '\u00FE' => '☑',
                '\u00FD' => '☒',
                '\u00A8' or 'o' or 'q' => '□',
                '\u00FC' => '✓',
                '\u00FB' => '✗',
                _ => c,
            };
        }

        return c;
    }
}
