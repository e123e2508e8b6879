using System.Globalization;
using System.Text.RegularExpressions;

namespace DocCheck.Extract.Numbers;

/// <summary>
/// Finds the numbers in normalised report text as these reports print them: 512.02万元, 45万, 5,120,200元,
/// 1.2亿元, 91.76%, ≥95%, 不低于90%, 39个, 18.57万件, 97分, 3000元/亩, 90%以上.
/// </summary>
public static partial class NumberParser
{
    // Extractors and rules read the same normalised texts several times: within a cache scope (one check, on one
    // thread) each text is parsed once.
    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<PrintedNumber>>? t_cache;

    /// <summary>
    /// Remembers parsed (and split) texts on this thread until the returned scope is disposed; a pipeline opens one
    /// per check.
    /// </summary>
    public static IDisposable CacheScope()
    {
        var previous = t_cache;
        t_cache = new Dictionary<string, IReadOnlyList<PrintedNumber>>(ReferenceEqualityComparer.Instance);
        var splits = Text.Splitter.CacheScope();
        return new Scope(previous, splits);
    }

    /// <summary>All numbers in <paramref name="normalized"/>, left to right.</summary>
    public static IReadOnlyList<PrintedNumber> FindAll(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (!normalized.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return [];
        }

        if (t_cache is not { } cache)
        {
            return Scan(normalized);
        }

        if (!cache.TryGetValue(normalized, out var numbers))
        {
            numbers = Scan(normalized);
            cache[normalized] = numbers;
        }

        return numbers;
    }

    private static List<PrintedNumber> Scan(string normalized)
    {
        var numbers = new List<PrintedNumber>();
        foreach (Match match in NumberPattern().Matches(normalized))
        {
            if (TryCreate(normalized, match) is { } number)
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    /// <summary>
    /// The single number a cell or short value holds (e.g. "670.64", "≥95%", "39个"), optionally taking the
    /// unit from a column header such as 金额（万元）. Null when the text holds no number or several.
    /// </summary>
    public static PrintedNumber? ParseValue(string normalized, string? headerUnit = null)
    {
        PrintedNumber? number = null;
        foreach (var candidate in FindAll(normalized))
        {
            if (candidate.Kind is UnitKind.Year or UnitKind.DatePart)
            {
                continue;
            }

            if (number is not null)
            {
                return null;
            }

            number = candidate;
        }

        if (number is null)
        {
            return null;
        }

        if (number.Unit.Length == 0 && headerUnit is { Length: > 0 })
        {
            return WithUnit(number, headerUnit);
        }

        return number;
    }

    /// <summary>The unit a header announces for its column: 金额（万元） → 万元; 占比(%) → %.</summary>
    public static string? UnitFromHeader(string normalizedHeader)
    {
        var match = HeaderUnitPattern().Match(normalizedHeader);
        return match.Success ? match.Groups["unit"].Value : null;
    }

    /// <summary>The same number read in another unit (a bare table value under a （万元） header).</summary>
    public static PrintedNumber WithUnit(PrintedNumber number, string unit)
    {
        ArgumentNullException.ThrowIfNull(number);
        var (kind, scale, measure) = ClassifyUnit(unit, number.Mantissa, number.Decimals);
        return number with { Unit = unit, Kind = kind, Scale = scale, MeasureWord = measure };
    }

    private static PrintedNumber? TryCreate(string text, Match match)
    {
        var digits = match.Groups["num"];

        // Ordinals (第18名) and identifiers glued to letters (A11, B2) are not quantities.
        if (digits.Index > 0 && (text[digits.Index - 1] == '第' || char.IsAsciiLetter(text[digits.Index - 1])))
        {
            return null;
        }

        var raw = digits.Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa))
        {
            return null;
        }

        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : raw.Length - dot - 1;
        var unit = match.Groups["unit"].Value;
        var per = match.Groups["per"].Value;
        var (kind, scale, measure) = ClassifyUnit(unit, mantissa, decimals);
        if (per.Length > 0)
        {
            // 3000元/亩, 2人/次: a rate per something, comparable only with the same compound unit.
            unit += per;
            measure = unit;
            kind = UnitKind.Measure;
        }

        var comparator = ComparatorFrom(match.Groups["pre"].Value, match.Groups["post"].Value);
        var start = match.Groups["pre"].Success && match.Groups["pre"].Length > 0 ? match.Groups["pre"].Index : digits.Index;
        var end = match.Index + match.Length;
        return new PrintedNumber
        {
            Printed = text[start..end],
            Mantissa = mantissa,
            Decimals = decimals,
            Scale = scale,
            Kind = kind,
            Unit = unit,
            MeasureWord = measure,
            Comparator = comparator,
            Start = start,
            Length = end - start,
        };
    }

    private sealed class Scope(Dictionary<string, IReadOnlyList<PrintedNumber>>? previous, IDisposable splits) : IDisposable
    {
        public void Dispose()
        {
            splits.Dispose();
            t_cache = previous;
        }
    }

    private static (UnitKind Kind, decimal Scale, string Measure) ClassifyUnit(string unit, decimal mantissa, int decimals)
    {
        switch (unit)
        {
            case "":
                return (UnitKind.None, 1m, string.Empty);
            case "元":
                return (UnitKind.Money, 1m, string.Empty);
            case "千元":
                return (UnitKind.Money, 1_000m, string.Empty);
            case "万元":
                return (UnitKind.Money, 10_000m, string.Empty);
            case "亿元":
                return (UnitKind.Money, 100_000_000m, string.Empty);
            case "万亿元":
                return (UnitKind.Money, 1_000_000_000_000m, string.Empty);
            case "万":
                return (UnitKind.None, 10_000m, string.Empty);
            case "亿":
                return (UnitKind.None, 100_000_000m, string.Empty);
            case "%":
                return (UnitKind.Percent, 1m, string.Empty);
            case "‰":
                return (UnitKind.Percent, 0.1m, string.Empty);
            case "个百分点":
                return (UnitKind.PercentagePoints, 1m, string.Empty);
            case "分":
                return (UnitKind.Points, 1m, string.Empty);
            case "年" or "年度":
                return decimals == 0 && mantissa is >= 1949 and <= 2100 ? (UnitKind.Year, 1m, string.Empty) : (UnitKind.Measure, 1m, "年");
            case "月" or "日" or "号" or "时":
                return (UnitKind.DatePart, 1m, string.Empty);
            default:
                break;
        }

        if (unit.StartsWith('万') || unit.StartsWith('亿'))
        {
            var scale = unit[0] == '万' ? 10_000m : 100_000_000m;
            return (UnitKind.Measure, scale, unit[1..]);
        }

        return (UnitKind.Measure, 1m, unit);
    }

    private static Comparator ComparatorFrom(string prefix, string suffix) => prefix switch
    {
        "≥" or ">=" or "不低于" or "不少于" or "不小于" or "大于等于" or "大于或等于" => Comparator.AtLeast,
        ">" or "大于" or "超过" or "高于" or "多于" => Comparator.GreaterThan,
        "≤" or "<=" or "不高于" or "不超过" or "不大于" or "不多于" or "小于等于" or "小于或等于" or "控制在" => Comparator.AtMost,
        "<" or "小于" or "低于" or "少于" => Comparator.LessThan,
        "=" or "等于" => Comparator.Equal,
        _ => suffix switch
        {
            "以上" or "及以上" => Comparator.AtLeast,
            "以下" or "及以下" or "以内" => Comparator.AtMost,
            _ => Comparator.None,
        },
    };

    // The unit alternatives are ordered longest first so that 万元 wins over 万 and 人次 over 人.
    [GeneratedRegex(
        @"(?<pre>大于或等于|小于或等于|大于等于|小于等于|不低于|不少于|不小于|不高于|不超过|不大于|不多于|控制在|≥|>=|≤|<=|>|<|=|大于|小于|超过|高于|低于|多于|少于|等于)?" +
        @"(?<num>(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?(?![\d]))" +
        @"(?<unit>万亿元|亿元|万元|千元|元|个百分点|%|‰|分(?!之|钟|别|析|类|配|项|解|布|期|批|级|组|为|成|享|管|包|局|担|段|散|流|摊|档|层|工|数|值)" +
        @"|万人次|万户|万件|万人|万亩|万个|万张|万平方米|万吨|万册|万次|万页|万条|万元|亿|万" +
        @"|人次|平方米|平方公里|立方米|公里|千米|小时|分钟|个月|年度|周岁|岁" +
        @"|个|项|件|人|次|天|日|家|所|座|米|亩|台|套|册|场|户|名|篇|条|批|类|期|班|辆|吨|张|份|处|间|年|月|号|时|只|头|棵|株|块|部|本|门|节|课时|学时|宗|笔|例|床|顶|盏|组|位|栋|轮|期|单|卷|幅|根|艘|架|枚|箱|袋|页)?" +
        @"(?<per>/(?:亩|人|户|次|公里|米|平方米|个|年|月|天|台|套|座|所|件|人次|吨|小时))?" +
        @"(?<post>及以上|及以下|以上|以下|以内)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[(（](?<unit>万元|元|亿元|千元|%|‰|分|个|项|人|人次|公里|亩|万亩|天)[)）]")]
    private static partial Regex HeaderUnitPattern();
}
