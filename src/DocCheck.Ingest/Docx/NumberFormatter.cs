using System.Globalization;
using System.Text;
using DocCheck.Core.Text;

namespace DocCheck.Ingest.Docx;

/// <summary>Formats a list counter the way Word shows it for a <c>w:numFmt</c> value.</summary>
internal static class NumberFormatter
{
    private const string Tiangan = "甲乙丙丁戊己庚辛壬癸";
    private const string Dizhi = "子丑寅卯辰巳午未申酉戌亥";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>Whether we know the format; unknown ones fall back to decimal and are reported.</summary>
    public static bool IsKnown(string format) => format is "decimal" or "decimalZero" or "chineseCounting"
        or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographTraditional" or "ideographZodiac"
        or "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "decimalEnclosedParen"
        or "decimalEnclosedFullstop" or "decimalFullWidth" or "decimalFullWidth2" or "decimalHalfWidth"
        or "upperLetter" or "lowerLetter" or "upperRoman" or "lowerRoman" or "bullet" or "none"
        or "ideographDigital" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand"
        or "ordinal" or "cardinalText" or "ordinalText";

    public static string Format(int value, string format) => format switch
    {
        "decimalZero" => value < 10 ? "0" + Decimal(value) : Decimal(value),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting"
            or "taiwaneseCountingThousand" => ChineseNumerals.Format(value),
        "ideographDigital" => IdeographDigits(value),
        "chineseLegalSimplified" => Legal(value),
        "ideographTraditional" => value is >= 1 and <= 10 ? Tiangan[value - 1].ToString() : Decimal(value),
        "ideographZodiac" => value is >= 1 and <= 12 ? Dizhi[value - 1].ToString() : Decimal(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" =>
            value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(value)),
        "upperLetter" => Letter(value, 'A'),
        "lowerLetter" => Letter(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "none" => string.Empty,
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string IdeographDigits(int value)
    {
        if (value < 0)
        {
            return Decimal(value);
        }

        var digits = Decimal(value);
        var text = new StringBuilder(digits.Length);
        foreach (var d in digits)
        {
            text.Append("〇一二三四五六七八九"[d - '0']);
        }

        return text.ToString();
    }

    private static string Legal(int value)
    {
        var counting = ChineseNumerals.Format(value);
        var text = new StringBuilder(counting.Length);
        foreach (var c in counting)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            text.Append(digit >= 0 ? LegalDigits[digit] : c switch { '十' => '拾', '百' => '佰', _ => c });
        }

        return text.ToString();
    }

    private static string FullWidth(string digits)
    {
        var text = new StringBuilder(digits.Length);
        foreach (var d in digits)
        {
            text.Append((char)(d + 0xFEE0));
        }

        return text.ToString();
    }

    private static string Letter(int value, char first)
    {
        if (value < 1)
        {
            return Decimal(value);
        }

        // Word repeats the letter: A … Z, AA … ZZ, AAA …
        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return Decimal(value);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                text.Append(symbols[i]);
                value -= values[i];
            }
        }

        return text.ToString();
    }
}
