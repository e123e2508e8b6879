using System.Text;

namespace DocCheck.Core.Text;

/// <summary>
/// Control characters (C0, DEL and C1) made visible before text from an upload — a file name, a zip entry's path —
/// is echoed: each becomes U+FFFD (�), so an escape sequence cannot recolour or clear a terminal, a carriage return
/// cannot overwrite a line, and nothing invisible hides in a name a person reads.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The replacement shown for each control character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every control character replaced by <see cref="Replacement"/>.</summary>
    /// <param name="text">The text; null reads as empty.</param>
    /// <param name="keepLineBreaks">
    /// Keep tabs and line breaks (for multi-line text; a <c>\r\n</c> becomes <c>\n</c>); otherwise they are replaced too
    /// (for names, which are one line).
    /// </param>
    public static string Replace(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        var firstHigh = text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (first < 0 && firstHigh < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsControl(c) || (keepLineBreaks && c is '\t' or '\n'))
            {
                builder.Append(c);
            }
            else if (keepLineBreaks && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // The \n that follows is kept: a Windows line end reads as one line break.
            }
            else
            {
                builder.Append(Replacement);
            }
        }

        return builder.ToString();
    }
}
