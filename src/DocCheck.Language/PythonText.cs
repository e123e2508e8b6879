namespace DocCheck.Language;

/// <summary>
/// The character classes of jieba's regular expressions as Python 3 evaluates them, so that blocks split exactly
/// where jieba splits them. Python's <c>\s</c> is <c>str.isspace()</c>, which also holds for the information
/// separators U+001C–U+001F; .NET's <see cref="char.IsWhiteSpace(char)"/> does not count those.
/// </summary>
internal static class PythonText
{
    /// <summary>jieba's re_skip_default <c>\s</c> (and <c>str.strip()</c>): .NET white space plus U+001C–U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>A character of jieba's re_han_default: <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    public static bool IsHanDefault(char c) =>
        c is >= '\u4E00' and <= '\u9FD5' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>A character of finalseg's re_han: <c>[\u4E00-\u9FD5]</c> (the HMM sees only these).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>jieba's re_eng <c>[a-zA-Z0-9]</c> (ASCII only, even with re.U).</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Python's <c>len(s)</c>: code points, a surrogate pair counting once.</summary>
    public static int CodePointLength(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>Python's <c>str.strip()</c> with no argument (Unicode white space, as <see cref="IsSpace"/>).</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Python's <c>bytes.strip()</c>: ASCII white space (space, \t \n \r \v \f) at both ends.</summary>
    public static ReadOnlySpan<byte> StripAscii(ReadOnlySpan<byte> line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && IsAsciiSpace(line[start]))
        {
            start++;
        }

        while (end > start && IsAsciiSpace(line[end - 1]))
        {
            end--;
        }

        return line[start..end];
    }

    private static bool IsAsciiSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;
}
