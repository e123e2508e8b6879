namespace DocCheck.Core.Text;

/// <summary>Recognises an outline label typed at the start of a paragraph.</summary>
public static class OutlineLabelParser
{
    /// <summary>
    /// Parses the label at the start of <paramref name="normalized"/> (normalised text, see
    /// <see cref="TextNormalizer"/>). Returns null when the text starts with no label; <paramref name="length"/>
    /// is then 0, otherwise the label's length in the normalised text including any spaces after it.
    /// </summary>
    public static OutlineLabel? Parse(string normalized, out int length)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        length = 0;
        var text = normalized.AsSpan();
        if (text.IsEmpty)
        {
            return null;
        }

        OutlineLabel? label = null;
        var end = 0;

        if (text[0] == '第')
        {
            var numeralEnd = 1;
            while (numeralEnd < text.Length && (ChineseNumerals.IsNumeral(text.Slice(numeralEnd, 1)) || char.IsAsciiDigit(text[numeralEnd])))
            {
                numeralEnd++;
            }

            if (numeralEnd > 1 && numeralEnd < text.Length && text[numeralEnd] is '部' or '章' or '篇' or '节')
            {
                end = numeralEnd + (text[numeralEnd] == '部' && numeralEnd + 1 < text.Length && text[numeralEnd + 1] == '分' ? 2 : 1);
                label = new OutlineLabel(OutlineLabelKind.Part, ParseNumber(text[1..numeralEnd]), text[..end].ToString());
            }
        }
        else if (text[0] == '(')
        {
            var close = text.IndexOf(')');
            if (close is > 1 and <= 4)
            {
                var inner = text[1..close];
                if (ChineseNumerals.IsNumeral(inner))
                {
                    end = close + 1;
                    label = new OutlineLabel(OutlineLabelKind.ChineseParen, ChineseNumerals.Parse(inner), text[..end].ToString());
                }
                else if (IsAsciiDigits(inner))
                {
                    end = close + 1;
                    label = new OutlineLabel(OutlineLabelKind.ArabicParen, int.Parse(inner, provider: null), text[..end].ToString());
                }
            }
        }
        else if (text[0] is >= '①' and <= '⑳')
        {
            end = 1;
            label = new OutlineLabel(OutlineLabelKind.Circled, text[0] - '①' + 1, text[..1].ToString());
        }
        else if (ChineseNumerals.IsNumeral(text[..1]))
        {
            var numeralEnd = 1;
            while (numeralEnd < text.Length && numeralEnd <= 3 && ChineseNumerals.IsNumeral(text.Slice(numeralEnd, 1)))
            {
                numeralEnd++;
            }

            if (numeralEnd < text.Length && text[numeralEnd] is '、' or '.' or '．')
            {
                end = numeralEnd + 1;
                label = new OutlineLabel(OutlineLabelKind.ChineseComma, ChineseNumerals.Parse(text[..numeralEnd]), text[..end].ToString());
            }
        }
        else if (char.IsAsciiDigit(text[0]))
        {
            var digitsEnd = 1;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            // "1." or "1、" but not "1.2亿元" or "2021年"; "1)" as well.
            if (digitsEnd <= 2 && digitsEnd < text.Length)
            {
                var separator = text[digitsEnd];
                var next = digitsEnd + 1 < text.Length ? text[digitsEnd + 1] : ' ';
                if ((separator is '、' or '.' && !char.IsAsciiDigit(next) && next != '%') || separator == ')')
                {
                    end = digitsEnd + 1;
                    var kind = separator == ')' ? OutlineLabelKind.ArabicParen : OutlineLabelKind.ArabicDot;
                    label = new OutlineLabel(kind, int.Parse(text[..digitsEnd], provider: null), text[..end].ToString());
                }
            }
        }

        if (label is null)
        {
            return null;
        }

        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        length = end;
        return label;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static int ParseNumber(ReadOnlySpan<char> text) =>
        IsAsciiDigits(text) ? int.Parse(text, provider: null) : ChineseNumerals.Parse(text);
}
