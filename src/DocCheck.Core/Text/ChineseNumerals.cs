namespace DocCheck.Core.Text;

/// <summary>Reads and writes the small Chinese numerals of outline labels (一 … 九十九; a long list's counter up to 九千九百九十九).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Whether every character of <paramref name="text"/> is a Chinese numeral character.</summary>
    public static bool IsNumeral(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (DigitValue(c) < 0 && c is not ('十' or '百' or '两'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of a numeral such as 七, 十二, 二十, 一百零五; -1 when it is not one.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (!IsNumeral(text))
        {
            return -1;
        }

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }

        return total + current;
    }

    /// <summary>Writes 1 … 99 as Word's <c>chineseCounting</c> format does (一, 十, 十一, 二十一).</summary>
    public static string Format(int value)
    {
        // A counter below zero (a list started at -3) or past 9 999 has no outline label anyone writes: its digits.
        if (value is < 0 or >= 10_000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value >= 1000)
        {
            var belowThousand = value % 1000;
            var tail = belowThousand == 0 ? string.Empty
                : belowThousand >= 100 ? Format(belowThousand)
                : "零" + (belowThousand is >= 10 and < 20 ? "一" : string.Empty) + Format(belowThousand);
            return Digits[value / 1000] + "千" + tail;
        }

        if (value == 0)
        {
            return "零";
        }

        if (value < 10)
        {
            return Digits[value].ToString();
        }

        if (value < 100)
        {
            var tens = value / 10;
            var ones = value % 10;
            return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (ones == 0 ? string.Empty : Digits[ones].ToString());
        }

        var hundreds = value / 100;
        var rest = value % 100;
        var restText = rest == 0 ? string.Empty : (rest < 10 ? "零" + Digits[rest] : (rest < 20 ? "一" : string.Empty) + Format(rest));
        return Digits[hundreds] + "百" + restText;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
