using System.Globalization;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>Finds the numbers printed in normalised text (see <see cref="NumberToken"/>).</summary>
internal static partial class NumberScanner
{
    /// <summary>Units read after a number, longest first; otherwise one Chinese character is taken as the unit.</summary>
    private static readonly string[] KnownUnits =
    [
        "平方米", "立方米", "万人次", "人次", "亿元", "万元", "万亩", "万户", "万人", "万件", "万册", "公里", "千米", "小时",
        "分钟", "个月", "%", "‰", "元", "亩", "户", "人", "个", "家", "所", "份", "项", "次", "场", "件", "台", "套", "米",
        "吨", "天", "日", "年", "月", "条", "座", "处", "名", "辆", "册", "本", "篇", "期", "批", "类", "村", "镇", "分", "倍",
    ];

    [GeneratedRegex(@"(?<cmp>≥|≤|>|<|=|不低于|不少于|不高于|不超过|大于等于|小于等于)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>Every number in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NumberToken> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NumberToken>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            var number = match.Groups["num"];

            // A digit or point right before means we are inside something else (a code, a date like 2022.3.1).
            if (number.Index > 0 && (char.IsAsciiDigit(text[number.Index - 1]) || text[number.Index - 1] == '.'))
            {
                continue;
            }

            var digits = number.Value;
            var point = digits.IndexOf('.', StringComparison.Ordinal);
            var value = decimal.Parse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
            tokens.Add(new NumberToken(
                number.Index,
                number.Length,
                value,
                point < 0 ? 0 : digits.Length - point - 1,
                digits.Contains(',', StringComparison.Ordinal),
                Comparator(match.Groups["cmp"].Value),
                UnitAt(text, number.Index + number.Length)));
        }

        return tokens;
    }

    /// <summary>The first number of a short text such as a table cell (≥27.85万亩), or null.</summary>
    public static NumberToken? First(string text) => Scan(text) is [var first, ..] ? first : null;

    /// <summary>Parses a cell that holds one number and nothing else of substance (4,030.50 / 98.88 / 10 / 91.86%).</summary>
    public static NumberToken? Plain(string text)
    {
        var trimmed = text.Trim();
        return Scan(trimmed) is [var only] && only.Comparator.Length == 0 && only.Start == 0 && only.UnitEnd == trimmed.Length ? only : null;
    }

    private static string Comparator(string printed) => printed switch
    {
        "不低于" or "不少于" or "大于等于" => "≥",
        "不高于" or "不超过" or "小于等于" => "≤",
        _ => printed,
    };

    private static string UnitAt(string text, int position)
    {
        foreach (var unit in KnownUnits)
        {
            if (string.CompareOrdinal(text, position, unit, 0, unit.Length) == 0)
            {
                return unit;
            }
        }

        return string.Empty;
    }
}
