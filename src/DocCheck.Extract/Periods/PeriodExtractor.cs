using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Periods;

/// <summary>
/// Finds the report's year and the periods its figures are cited for. A period matters only when it governs
/// figures in the same sentence (2021年1-9月，共办理18.57万件); windows such as 5月至9月为汛期 do not.
/// </summary>
public static partial class PeriodExtractor
{
    /// <summary>The report's year: from its title, else the most cited 20xx年度, else the most cited year-end date.</summary>
    public static int? ReportYear(string title, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (YearOfTitle().Match(title ?? string.Empty) is { Success: true } titleYear)
        {
            return int.Parse(titleYear.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        var annual = new Dictionary<int, int>();
        var yearEnd = new Dictionary<int, int>();
        foreach (var text in texts)
        {
            foreach (Match match in AnnualYear().Matches(text))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                annual[year] = annual.GetValueOrDefault(year) + 1;
            }

            foreach (Match match in YearEnd().Matches(text))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                yearEnd[year] = yearEnd.GetValueOrDefault(year) + 1;
            }
        }

        var source = annual.Count > 0 ? annual : yearEnd;
        return source.Count == 0 ? null : source.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First().Key;
    }

    /// <summary>Part-year periods of the report's year that govern figures in a paragraph.</summary>
    public static void PartOfYear(ParagraphBlock paragraph, int reportYear, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = paragraph.Text.Value;
        if (!text.Contains('月', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var sentence in Splitter.Sentences(text))
        {
            var s = sentence.Of(text);
            if (s.Contains("全年", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in MonthRange().Matches(s))
            {
                var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : reportYear;
                var last = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
                if (year == reportYear && last is >= 1 and < 12 && GovernsFigures(s, match.Index + match.Length))
                {
                    mentions.Add(Mention(paragraph, sentence, match, year, last, PeriodIssue.PartOfYear));
                }
            }

            foreach (Match match in AsOf().Matches(s))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                if (year == reportYear && month is >= 1 and < 12 && GovernsFigures(s, match.Index + match.Length))
                {
                    mentions.Add(Mention(paragraph, sentence, match, year, month, PeriodIssue.PartOfYear));
                }
            }
        }
    }

    /// <summary>
    /// An earlier year's figures given as this year's: 2021年共发放… in a 2022 report's analysis, not a date,
    /// a comparison (同比, 较上年) or a history (以来, 起).
    /// </summary>
    public static void OtherYear(ParagraphBlock paragraph, int reportYear, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var (sentence, s, match, year) in EarlierYears(paragraph, reportYear))
        {
            if (GovernsFigures(s, match.Index + match.Length, maxDistance: 24))
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
            }
        }
    }

    /// <summary>
    /// Outside the analysis, another year before an amount is often right (2021年度结转资金…, 2019年立项…); it is
    /// wrong when the report states the very same amount elsewhere as this year's (2022年度项目预算2,460.00万元 in
    /// one place, 2021年度项目预算2,460.00万元 in another).
    /// </summary>
    public static void OtherYearOnThisYearsFigure(ParagraphBlock paragraph, int reportYear, IReadOnlyList<Figures.Figure> figures, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var (sentence, s, match, year) in EarlierYears(paragraph, reportYear))
        {
            var after = match.Index + match.Length;
            var rest = s[after..Math.Min(s.Length, after + 24)];
            if (CarriedOver().IsMatch(rest)
                || NumberParser.FindAll(rest).FirstOrDefault(n => n.Kind == UnitKind.Money && n.Comparator == Comparator.None) is not { } amount)
            {
                continue;
            }

            var sameElsewhere = figures.Any(f => f.Number.Value == amount.Value && f.Anchor.Location.Block != paragraph.Index
                && f.Role is not (Figures.FigureRole.CarryOverSource or Figures.FigureRole.Balance));
            if (sameElsewhere)
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
            }
        }
    }

    /// <summary>
    /// The years of the ten before the report's that a paragraph uses as a period, outside comparisons and titles
    /// of documents: each with its sentence.
    /// </summary>
    private static IEnumerable<(TextRange Sentence, string Text, Match Match, int Year)> EarlierYears(ParagraphBlock paragraph, int reportYear)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Text.Value;
        if (!text.Contains('年', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var sentence in Splitter.Sentences(text))
        {
            var s = sentence.Of(text);
            if (ComparisonWords().IsMatch(s))
            {
                continue;
            }

            foreach (Match match in YearAsPeriod().Matches(s))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (year < reportYear && year > reportYear - 10 && !InsideTitleMarks(s, match.Index))
                {
                    yield return (sentence, s, match, year);
                }
            }
        }
    }

    private static PeriodMention Mention(ParagraphBlock paragraph, TextRange sentence, Match match, int year, int? last, PeriodIssue issue) =>
        new(match.Value, year, last, issue, Anchor.ForText(paragraph.Location, paragraph.Text, sentence,
            new TextRange(sentence.Start + match.Index, match.Length)));

    private static bool GovernsFigures(string sentence, int after, int maxDistance = 60)
    {
        var rest = sentence[after..Math.Min(sentence.Length, after + maxDistance)];
        return NumberParser.FindAll(rest).Any(n => n.Kind is UnitKind.Money or UnitKind.Measure or UnitKind.Percent
            || (n.Kind == UnitKind.None && n.Scale > 1));
    }

    private static bool InsideTitleMarks(string sentence, int position)
    {
        var open = sentence.LastIndexOfAny(['《', '〔', '[', '【'], Math.Max(0, position - 1));
        var close = sentence.LastIndexOfAny(['》', '〕', ']', '】'], Math.Max(0, position - 1));
        return open >= 0 && open > close;
    }

    [GeneratedRegex(@"(?<year>20\d{2})\s*年度?")]
    private static partial Regex YearOfTitle();

    [GeneratedRegex(@"(?<year>20\d{2})\s*年度")]
    private static partial Regex AnnualYear();

    [GeneratedRegex(@"(?<year>20\d{2})年12月(31日|底|末)")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"(?:(?<year>20\d{2})年)?(?<from>\d{1,2})[-–—~～至到](?<to>\d{1,2})月(?!\d{1,2}日)")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"截(至|止)(到|至)?(?<year>20\d{2})年(?<month>\d{1,2})月(底|末|\d{1,2}日)?")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?<year>20\d{2})年(度)?(?!\d|底|末|初|以来|起|前|后|至|到)(全年|共|累计|完成|实现|发放|办理|为|已)?")]
    private static partial Regex YearAsPeriod();

    [GeneratedRegex("同比|环比|比上年|较上年|较去年|上年度|上一年|去年|以来|起|增长|下降|增加|减少|相比|对比|基础上|至今|历年|之前|前期|截至|截止")]
    private static partial Regex ComparisonWords();

    [GeneratedRegex("结转|结余|上年|以前年度|欠款|应付")]
    private static partial Regex CarriedOver();
}
