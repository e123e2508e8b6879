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

        return BodyYear(texts)?.Year;
    }

    /// <summary>
    /// The title's year when the body says otherwise: every 年度 and year-end date of the body names one year at least
    /// three times and the title's year at most a quarter as often (a 2021年度 title over a report of 2022年度 figures
    /// 截至2022年12月31日). The body's year is then the report's; the title is the mention.
    /// </summary>
    public static (int BodyYear, PeriodMention Title)? TitleAgainstBody(ParagraphBlock? titleParagraph, IReadOnlyList<string> bodyTexts)
    {
        ArgumentNullException.ThrowIfNull(bodyTexts);
        if (titleParagraph is null || YearOfTitle().Match(titleParagraph.Text.Value) is not { Success: true } match
            || BodyYear(bodyTexts) is not { } body)
        {
            return null;
        }

        var titleYear = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (body.Year == titleYear || body.Count < 3 || body.Counts.GetValueOrDefault(titleYear) * 4 > body.Count)
        {
            return null;
        }

        var whole = new TextRange(0, titleParagraph.Text.Value.Length);
        return (body.Year, new PeriodMention(match.Value, titleYear, null, PeriodIssue.TitleYear,
            Anchor.ForText(titleParagraph.Location, titleParagraph.Text, whole, new TextRange(match.Index, match.Length))));
    }

    private static (int Year, int Count, Dictionary<int, int> Counts)? BodyYear(IEnumerable<string> texts)
    {
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
        if (source.Count == 0)
        {
            return null;
        }

        var top = source.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).First();
        return (top.Key, top.Value, source);
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
            // A sentence that also gives the full year's figure cites the part beside it; 全年预算 is a budget's name
            // and 全年未调整 says nothing of the period, so neither does.
            var s = sentence.Of(text);
            // …为年度目标的90.00%；四季度…，全年实际签约7.02万人: the full year may follow after a ；, to the full stop.
            var fullStop = text.IndexOf('。', sentence.Start);
            var toFullStop = text.AsSpan(sentence.Start, (fullStop < 0 ? text.Length : fullStop) - sentence.Start);
            if (FullYearFigure().IsMatch(toFullStop))
            {
                continue;
            }

            // A sentence that says it reports a check in the course of the year (年中调度时，截至9月底…，低于序时
            // 进度) cites progress, not the year's result.
            if (InterimCheck().IsMatch(s))
            {
                continue;
            }

            // A sentence naming one period only is of that period to its end (2022年1-9月中央和省级衔接资金分三个批次
            // 下达，…下达及时率100%); one naming several (1-6月完成招标，7-12月施工) is a timeline, each period
            // reaching its own figures only.
            var ranges = MonthRange().Matches(s);
            var onePeriod = ranges.Count == 1 && AnyMonth().Count(s) == 1;
            foreach (Match match in ranges)
            {
                var reach = onePeriod && match.Groups["year"].Success ? s.Length : 60;
                if (EarlyPartOfTheYear(match, reportYear) is { } last
                    && (GovernsFigures(s, match.Index + match.Length, reach) || StatesOwnScore(s, match.Index + match.Length)
                        || (reach == s.Length && ScoreOrMultiple().IsMatch(s, match.Index + match.Length))))
                {
                    mentions.Add(Mention(paragraph, sentence, match, reportYear, last, PeriodIssue.PartOfYear));
                }
            }

            foreach (Match match in AsOf().Matches(s))
            {
                if (BeforeTheYearEnd(match, reportYear) is { } month && GovernsFigures(s, match.Index + match.Length))
                {
                    mentions.Add(Mention(paragraph, sentence, match, reportYear, month, PeriodIssue.PartOfYear));
                }
            }
        }
    }

    /// <summary>
    /// An indicator's actual value that says it covers part of the year only (62.4%（2023年1-9月数据）, 截至2023年9月底
    /// 86%): the value stands for the year's result, so the period is short whatever the cell says next to it.
    /// </summary>
    public static void PartOfYearInActual(TableCell actual, int reportYear, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = actual.Value;
        var period = MonthRange().Matches(text).Select(m => (Match: m, Last: EarlyPartOfTheYear(m, reportYear)))
            .Concat(AsOf().Matches(text).Select(m => (Match: m, Last: BeforeTheYearEnd(m, reportYear))))
            .FirstOrDefault(p => p.Last is not null);
        if (period.Match is { } match)
        {
            mentions.Add(new PeriodMention(match.Value, reportYear, period.Last, PeriodIssue.PartOfYear, Anchor.ForCell(actual)));
        }
    }

    /// <summary>
    /// The last month of a range of the report's year that starts with January and stops short of December (1-9月),
    /// else null: 7—8月汛期 is when something happened, not a period cut short.
    /// </summary>
    private static int? EarlyPartOfTheYear(Match monthRange, int reportYear)
    {
        var year = monthRange.Groups["year"].Success ? int.Parse(monthRange.Groups["year"].Value, CultureInfo.InvariantCulture) : reportYear;
        var first = int.Parse(monthRange.Groups["from"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(monthRange.Groups["to"].Value, CultureInfo.InvariantCulture);
        return year == reportYear && first == 1 && last is >= 1 and < 12 ? last : null;
    }

    /// <summary>The month of an as-of date (截至2023年9月底) of the report's year before December, else null.</summary>
    private static int? BeforeTheYearEnd(Match asOf, int reportYear)
    {
        var year = int.Parse(asOf.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(asOf.Groups["month"].Value, CultureInfo.InvariantCulture);
        return year == reportYear && month is >= 1 and < 12 ? month : null;
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
            if (GovernsFigures(s, match.Index + match.Length, maxDistance: 24) || StatesOwnScore(s, match.Index + match.Length))
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
            }
        }
    }

    /// <summary>
    /// Outside the analysis, another year before an amount is often right (2021年度结转资金…, 2019年立项…); it is
    /// wrong when the amount is this year's: the report states the very same amount elsewhere (2022年度项目预算
    /// 2,460.00万元 in one place, 2021年度项目预算2,460.00万元 in another, or 2,460.00 in the 自评表), or it is the
    /// report's one statement of its budget, receipts or spending (2021年项目预算1,286.40万元 in a 2022 report that
    /// states no other budget); and the self-evaluation's own score given for another year (2021年度…自评得分99.2分).
    /// </summary>
    /// <remarks>
    /// A distinctive count or measure (126公里, 186.4公里; not 3所) is this year's too when the report states it again
    /// elsewhere — in another paragraph or as an indicator's target or actual value (2021年完成农村公路提升改造126公里
    /// in a 2022 report whose 主要绩效指标 plan 126公里): <paramref name="measuredElsewhere"/> says whether it is.
    /// </remarks>
    public static void OtherYearOnThisYearsFigure(ParagraphBlock paragraph, int reportYear, IReadOnlyList<Figures.Figure> figures,
        ICollection<PeriodMention> mentions, Func<decimal, string, bool>? measuredElsewhere = null,
        IReadOnlyList<Figures.SumTerm>? totals = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var (sentence, s, match, year) in EarlierYears(paragraph, reportYear))
        {
            var after = match.Index + match.Length;
            var rest = s[after..Math.Min(s.Length, after + 24)];
            // What the year governs: the rest of its sentence up to another year (2021年，全县…共投入资金65.24万元).
            var nextYear = YearMention().Match(s, after);
            var scope = s[after..Math.Min(nextYear.Success ? nextYear.Index : s.Length, after + ScopeLength)];
            // A sentence that also gives the report's year as a period (2020年…，2021年…) compares the two;
            // 截止2021年12月底 is a date, not the report's year set against another.
            if (CarriedOver().IsMatch(rest) || Regex.Matches(s, $"(?<!截至|截止){reportYear}年(?!\\d{{1,2}}月|底|末)").Any(m => !InsideTitleMarks(s, m.Index)))
            {
                continue;
            }

            if (StatesOwnScore(s, after))
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
                continue;
            }

            // A goal's measure (年处理污水210万吨以上, 不少于360万页) is matched against the indicator's target as well.
            if (measuredElsewhere is not null && NumberParser.FindAll(scope).Any(measured => measured.Kind == UnitKind.Measure && (measured.Decimals > 0 || measured.Value >= DistinctiveCount)
                    && measuredElsewhere(measured.Value, measured.MeasureWord)))
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
                continue;
            }

            if (NumberParser.FindAll(scope).FirstOrDefault(n => n.Kind == UnitKind.Money && n.Comparator == Comparator.None) is not { } amount)
            {
                continue;
            }

            var at = sentence.Start + after + amount.Start;
            bool Here(Figures.Figure f) => f.Anchor.Location.Block == paragraph.Index && f.Anchor.Focus.Start == at;
            // The same amount as a total elsewhere (the 合计 of the spending table) is this year's too.
            var sameElsewhere = figures.Any(f => SameAmount(f.Number, amount) && f.Anchor.Location.Block != paragraph.Index
                && f.Role is not (Figures.FigureRole.CarryOverSource or Figures.FigureRole.Balance))
                || (totals ?? []).Any(t => SameAmount(t.Number, amount) && t.Anchor.Location.Block != paragraph.Index);
            // The role from the figure read there, else from the words between the year and the amount (a figure
            // under another year may not have been read as one).
            var role = figures.FirstOrDefault(Here)?.Role ?? Figures.RoleLexicon.Nearest(scope.AsSpan(0, amount.Start))?.Role;
            var onlyStatement = role is Figures.FigureRole.Budget or Figures.FigureRole.BudgetInitial or Figures.FigureRole.BudgetAdjusted
                    or Figures.FigureRole.FundsReceived or Figures.FigureRole.Spent
                && !figures.Any(f => f.Role == role && !Here(f) && !SameAmount(f.Number, amount) && !MultiYear().IsMatch(f.Label));
            // A department states many amounts of one role (each source's, each item's spending); its total — the
            // largest — under an earlier year is this year's total mislabelled (2020年实际支出6,730.84万元 in a 2021
            // report).
            var largestOfRole = role is Figures.FigureRole.Budget or Figures.FigureRole.BudgetAdjusted or Figures.FigureRole.Spent
                && figures.Any(f => f.Role == role && !Here(f))
                && figures.Where(f => f.Role == role && !Here(f)).All(f => f.Number.Value <= amount.Value);
            if (sameElsewhere || onlyStatement || largestOfRole)
            {
                mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
            }
        }
    }

    /// <summary>
    /// This year's figure dated at an earlier year's end (截至2022年12月31日，项目实际支出1,716.35万元 in a 2023 report
    /// that states 1,716.35 as the year's spending elsewhere): the date's year slipped. An amount stated nowhere else
    /// may well be of that date (截至2022年底累计完成投资…), and carry-overs and running totals are left alone.
    /// </summary>
    public static void EarlierYearEndOnThisYearsFigure(ParagraphBlock paragraph, int reportYear, IReadOnlyList<Figures.Figure> figures,
        IReadOnlyList<Figures.SumTerm> totals, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = paragraph.Text.Value;
        if (!text.Contains('截', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var sentence in Splitter.Sentences(text))
        {
            var s = sentence.Of(text);
            foreach (Match match in EarlierYearEnd().Matches(s))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                var after = match.Index + match.Length;
                var clauseEnd = s.IndexOfAny(['；', ';'], after);
                var scope = s[after..Math.Min(clauseEnd < 0 ? s.Length : clauseEnd, after + ScopeLength)];
                if (year >= reportYear || year < reportYear - 1 || CarriedOver().IsMatch(scope) || YearMention().IsMatch(scope)
                    || NumberParser.FindAll(scope).FirstOrDefault(n => n.Kind == UnitKind.Money && n.Comparator == Comparator.None) is not { } amount)
                {
                    continue;
                }

                var at = sentence.Start + after + amount.Start;
                var elsewhere = figures.Any(f => SameAmount(f.Number, amount) && f.Anchor.Location.Block != paragraph.Index
                        && f.Role is Figures.FigureRole.Spent or Figures.FigureRole.FundsReceived)
                    || totals.Any(t => SameAmount(t.Number, amount) && t.Anchor.Location.Block != paragraph.Index);
                if (elsewhere && amount.Decimals > 0)
                {
                    mentions.Add(Mention(paragraph, sentence, match, year, null, PeriodIssue.OtherYear));
                }
            }
        }
    }

    /// <summary>
    /// The evaluated project or fund named with another year: the title names it after its year (2022年度义务教育薄弱
    /// 学校改造项目绩效评价报告), so 2021年度义务教育薄弱学校改造项目 anywhere in the body — the scope, the purpose, the
    /// conclusion, a caption — is the project under the wrong year, unless the sentence speaks of an earlier year's
    /// evaluation or its follow-up (整改, 上年).
    /// </summary>
    public static void ProjectUnderOtherYear(ParagraphBlock paragraph, string projectKey, int reportYear, ICollection<PeriodMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(projectKey);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = paragraph.Text.Value;
        for (var at = text.IndexOf(projectKey, StringComparison.Ordinal); at > 0; at = text.IndexOf(projectKey, at + projectKey.Length, StringComparison.Ordinal))
        {
            if (YearBefore().Match(text[Math.Max(0, at - 8)..at]) is not { Success: true } year
                || int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture) is var cited && cited == reportYear)
            {
                continue;
            }

            var sentence = Splitter.Containing(Splitter.Sentences(text), at);
            if (cited < reportYear - 10 || cited > reportYear || FollowUp().IsMatch(sentence.Of(text)))
            {
                continue;
            }

            var start = Math.Max(0, at - 8) + year.Index;
            var printed = new TextRange(start, year.Length);
            mentions.Add(new PeriodMention(year.Value, cited, null, PeriodIssue.OtherYear,
                Anchor.ForText(paragraph.Location, paragraph.Text, sentence, printed)));
        }
    }

    /// <summary>The first characters of the project the title names after its year (义务教育薄弱), or null.</summary>
    public static string? ProjectKey(string title) =>
        ProjectOfTitle().Match(title ?? string.Empty) is { Success: true } named ? named.Groups["name"].Value[..6] : null;

    /// <summary>A score right after the year with the words that make it the evaluation's own (…年度自评得分97.78分).</summary>
    private static bool StatesOwnScore(string sentence, int after)
    {
        var rest = sentence[after..Math.Min(sentence.Length, after + 24)];
        return NumberParser.FindAll(rest).FirstOrDefault(n => n.Kind == UnitKind.Points && n.Comparator == Comparator.None) is { } score
            && OwnScore().IsMatch(rest[..score.Start]);
    }

    /// <summary>A whole count below this (12个县, 3所) recurs by chance and says nothing of its year.</summary>
    private const decimal DistinctiveCount = 100m;

    /// <summary>How far a year opening a sentence reaches: a clause or three, not a whole paragraph-long sentence.</summary>
    private const int ScopeLength = 60;

    [GeneratedRegex(@"(19|20)\d{2}\s*年")]
    private static partial Regex YearMention();

    /// <summary>
    /// The same amount, or the same printed digits in a table whose unit is not known (520.00 and 520.00万元); amounts
    /// printed in different units agree when one rounds to the other (23,758,149.60元 and 2,375.81万元).
    /// </summary>
    private static bool SameAmount(PrintedNumber a, PrintedNumber b) =>
        a.Value == b.Value || (a.Mantissa == b.Mantissa && a.Decimals == b.Decimals && (a.Unit.Length == 0 || b.Unit.Length == 0))
        || (a.Kind == UnitKind.Money && b.Kind == UnitKind.Money && a.Scale != b.Scale && a.Low <= b.High && b.Low <= a.High);

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
                // A change (增长了12%, 提升0.5个等级) compares only within the year's own clause: 2023年建成高标准农田
                // 60,000亩，…耕地质量平均提升0.5个等级 states this year's work and then an effect.
                // 截至2022年12月31日，12个县2021年度已完工… dates the clause before, not the year's own.
                var clauseEnd = s.IndexOfAny(['，', '；', ';'], match.Index + match.Length);
                var clauseStart = match.Index == 0 ? -1 : s.LastIndexOfAny(['，', '；', ';'], match.Index - 1);
                var ownClause = s[(clauseStart + 1)..(clauseEnd < 0 ? s.Length : clauseEnd)];
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (year < reportYear && year > reportYear - 10 && !InsideTitleMarks(s, match.Index) && !ChangeWords().IsMatch(ownClause))
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

    // Figures a part-year period can govern besides amounts and measures: a score (得7分), a multiple (3.6倍).
    [GeneratedRegex(@"\d(\.\d+)?(分|倍)")]
    private static partial Regex ScoreOrMultiple();

    [GeneratedRegex(@"截(至|止)(到|至)?(?<year>20\d{2})年(12月(31日|底|末)?|底|末)")]
    private static partial Regex EarlierYearEnd();

    [GeneratedRegex(@"\d{1,2}月")]
    private static partial Regex AnyMonth();

    [GeneratedRegex(@"截(至|止)(到|至)?(?<year>20\d{2})年(?<month>\d{1,2})月(底|末|\d{1,2}日)?")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?<year>20\d{2})年(度)?(?!\d|底|末|初|以来|起|前|后|至|到)(全年|共|累计|完成|实现|发放|办理|为|已)?")]
    private static partial Regex YearAsPeriod();

    // 增长、提高… compare only with an amount or an end point after them (增长12%, 提高到95%, 减少了3人); 提升改造,
    // 能力提升 name work.
    [GeneratedRegex(@"同比|环比|比上年|较上年|较去年|上年度|上一年|去年|以来|起|较20\d{2}年|由20\d{2}年|相比|对比|基础上|至今|历年|之前|前期")]
    private static partial Regex ComparisonWords();

    // 截至 dates its own clause (截至2020年底…); a sentence running on past it may still give this year's figures
    // under another year.
    [GeneratedRegex(@"(增长|下降|增加|减少|提高|提升|降低)(了|为|到|至|幅度|\d)|有所(增长|下降|增加|减少|提高|提升|降低)|截至|截止")]
    private static partial Regex ChangeWords();

    // Another year's money that is not this year's budget: carry-overs, debts, a project's approval or total investment,
    // funds allocated in advance.
    [GeneratedRegex("结转|结余|上年|以前年度|欠款|应付|立项|批复|总投资|概算|提前下达|累计")]
    private static partial Regex CarriedOver();

    // The project a title names after its year: 清源市2022年度义务教育薄弱学校改造项目绩效评价报告.
    [GeneratedRegex(@"20\d{2}年度?(?<name>[\p{IsCJKUnifiedIdeographs}“”]{6,}?)(项目)?(支出)?(整体支出)?(绩效|资金绩效|专项资金绩效)")]
    private static partial Regex ProjectOfTitle();

    [GeneratedRegex(@"(?<year>20\d{2})年度?$")]
    private static partial Regex YearBefore();

    [GeneratedRegex("整改|上年|去年|以前|往年|历年|连续|同比|相比|较")]
    private static partial Regex FollowUp();

    // A project's total over all its years is not a year's budget.
    [GeneratedRegex("总投资|概算|总预算")]
    private static partial Regex MultiYear();

    [GeneratedRegex("全年(?!预算|未|无|一次|均)")]
    private static partial Regex FullYearFigure();

    [GeneratedRegex("年中调度|调度时|序时进度|中期评估|中期检查|半年督查|当时")]
    private static partial Regex InterimCheck();

    [GeneratedRegex("(自评|评价|综合)?得分|评分")]
    private static partial Regex OwnScore();
}
