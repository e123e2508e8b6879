using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// Finds money figures with their roles in running text, and totals stated with their breakdowns
/// (共支出512.02万元，具体情况为：…25.39万元、…9.96万元…) and budget adjustments.
/// </summary>
public static partial class ProseFigureExtractor
{
    /// <summary>Collects the figures and sums of one paragraph.</summary>
    public static void Extract(ParagraphBlock paragraph, ICollection<Figure> figures, ICollection<SumStatement> sums)
        => Extract(paragraph, figures, sums, static _ => null);

    /// <summary>
    /// Collects the figures and sums of one paragraph; <paramref name="earlier"/> gives the last figure of a role
    /// stated before, for a breakdown whose total was stated in an earlier sentence (资金支出具体为：…).
    /// </summary>
    public static void Extract(ParagraphBlock paragraph, ICollection<Figure> figures, ICollection<SumStatement> sums, Func<FigureRole, Figure?> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sums);
        var text = paragraph.Text.Value;
        var numbers = NumberParser.FindAll(text);
        if (numbers.Count == 0)
        {
            return;
        }

        var clauses = Splitter.Clauses(text);
        var consumed = new HashSet<int>();
        ExtractBreakdowns(paragraph, text, numbers, clauses, consumed, sums, earlier);
        ExtractTrailingTotals(paragraph, text, numbers, consumed, sums);

        var paragraphFigures = new List<Figure>();
        foreach (var number in numbers)
        {
            if (consumed.Contains(number.Start) || !IsMoneyLike(number) || number.Comparator != Comparator.None)
            {
                continue;
            }

            if (RoleOf(text, clauses, number) is { } role)
            {
                var anchor = Anchor.ForText(paragraph.Location, paragraph.Text, Splitter.Containing(clauses, number.Start),
                    new TextRange(number.Start, number.Length));
                paragraphFigures.Add(new Figure(role.Role, AsMoney(number), role.Keyword, anchor, InTable: false));
            }
        }

        foreach (var figure in paragraphFigures)
        {
            figures.Add(figure);
        }

        ExtractAdjustment(text, paragraphFigures, sums);
    }

    /// <summary>
    /// Amounts the paragraph says were allotted to the project (县级下达我乡…日常养护补助资金65.24万元; 省级财政安排
    /// 创新券补助资金1.26亿元) — read apart from the figures because the level that gives the money (县级, 省级) may be
    /// one source among several; <see cref="ReportFactsExtractor"/> takes them as the budget only when the report states
    /// no other budget and one allotted amount only.
    /// </summary>
    public static IEnumerable<Figure> Allocations(ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Text.Value;
        if (!AllocationVerb().IsMatch(text))
        {
            yield break;
        }

        var clauses = Splitter.Clauses(text);
        foreach (var number in NumberParser.FindAll(text).Where(n => IsMoneyLike(n) && n.Comparator == Comparator.None))
        {
            var clause = Splitter.Containing(clauses, number.Start);
            var lead = text[clause.Start..number.Start];
            if (AllottedAmount().Match(lead) is { Success: true } allotted && !NotAnAllocation().IsMatch(lead)
                && !lead.Contains("其中", StringComparison.Ordinal))
            {
                var anchor = Anchor.ForText(paragraph.Location, paragraph.Text, clause, new TextRange(number.Start, number.Length));
                yield return new Figure(FigureRole.Budget, AsMoney(number), allotted.Groups["verb"].Value + "资金", anchor, InTable: false);
            }
        }
    }

    [GeneratedRegex("下达|安排|拨付|拨入")]
    private static partial Regex AllocationVerb();

    [GeneratedRegex(@"(?<verb>下达|安排|拨付|拨入)[^，。；:：]{0,30}?(资金|经费)(共|共计|合计|总额|为)?$")]
    private static partial Regex AllottedAmount();

    [GeneratedRegex("其中|用于|配套|自筹|每|人均|户均|标准|计划|拟|申请|预计|争取|追加|调减|结余|结转|支出|累计")]
    private static partial Regex NotAnAllocation();

    /// <summary>Whether a number can be money: printed in 元/万元/亿元, or a bare 万/亿 amount.</summary>
    internal static bool IsMoneyLike(PrintedNumber number) =>
        number.Kind == UnitKind.Money || (number.Kind == UnitKind.None && number.Scale > 1m);

    /// <summary>A bare 45万 read as 45万元.</summary>
    internal static PrintedNumber AsMoney(PrintedNumber number) =>
        number.Kind == UnitKind.Money ? number : number with { Kind = UnitKind.Money };

    private static (FigureRole Role, string Keyword)? RoleOf(string text, IReadOnlyList<TextRange> clauses, PrintedNumber number)
    {
        var clauseIndex = Splitter.IndexContaining(clauses, number.Start);
        if (clauseIndex < 0)
        {
            return null;
        }

        var clause = clauses[clauseIndex];
        var before = text.AsSpan(clause.Start, number.Start - clause.Start);
        var found = RoleLexicon.Nearest(before);
        var searched = before;

        // "实际支出：45万元" — the keyword sits in the clause before the colon.
        if (found is null && before.Trim().TrimStart("为共计约合计达").Length == 0 && clauseIndex > 0)
        {
            var previous = clauses[clauseIndex - 1];
            if (previous.End > 0 && text[previous.End - 1] is ':' or '：')
            {
                searched = text.AsSpan(previous.Start, previous.Length);
                found = RoleLexicon.Nearest(searched);
            }
        }

        if (found is not { } hit)
        {
            return null;
        }

        // A generic keyword names a total only after the project, its funds or a period (项目支出, 年度预算).
        var lead = searched[..hit.Position].TrimEnd();
        if (RoleLexicon.GenericKeywords.Contains(hit.Keyword) && lead.Length > 0 && !EndsWithSubject(lead))
        {
            return null;
        }

        // 全年预算由520.00万元调整为532.60万元: the first amount is the budget before the change.
        var after = text.AsSpan(number.Start + number.Length, Math.Min(8, text.Length - number.Start - number.Length));
        if (searched[(hit.Position + hit.Keyword.Length)..].IndexOfAny('由', '从') >= 0 && ChangedTo().IsMatch(after))
        {
            return hit.Role is FigureRole.BudgetAdjusted or FigureRole.Budget ? (FigureRole.BudgetInitial, hit.Keyword) : null;
        }

        if (hit.Role == FigureRole.Balance && PartOfABalance(text, number.Start))
        {
            return null;
        }

        // 累计完成投资17,076.30万元，占总投资的91.81%，剩余1,523.70万元: what is left of a multi-year investment, not
        // this year's balance.
        var sentenceStart = Splitter.SentenceStart(text, number.Start);
        if (hit.Role == FigureRole.Balance)
        {
            var sentenceEnd = text.IndexOfAny(Splitter.SentenceEndCharacters, number.Start);
            if (RemainingInvestment().IsMatch(text.AsSpan(sentenceStart, (sentenceEnd < 0 ? text.Length : sentenceEnd) - sentenceStart)))
            {
                return null;
            }
        }

        // 截至2023年9月底项目支出3,916.40万元: progress at a point in the year, not the year's figure (period.mismatch
        // asks whether the report gives only that).
        if (PartYearPoint().IsMatch(text.AsSpan(sentenceStart, number.Start - sentenceStart)))
        {
            return null;
        }

        // Text between the keyword and the number must be a connector (为, 共计, 衔接资金), not another subject
        // (安排资金最多的是石湾县14,369.00万元).
        var between = searched[(hit.Position + hit.Keyword.Length)..];
        if (between.Length > 6 || between.IndexOfAny(SubjectCharacters) >= 0 && !ConnectorOnly(between) && !LeftOverWithDe(hit.Role, between)
            || IsPartOfTheWhole(searched[..hit.Position], hit.Role) || HasPartialQualifier(between)
            || HasNotFactQualifier(searched[..hit.Position]) || SentenceAboutAPart(text, number.Start)
            || ContinuesAPart(text, clauses, clauseIndex, lead) || ComparedWith().IsMatch(searched[..hit.Position]))
        {
            return null;
        }

        return (hit.Role, hit.Keyword);
    }

    /// <summary>
    /// Whether the words before the keyword make the amount a part's. An addition is added to the whole budget
    /// whichever level gives it (省级下达学前教育发展资金追加580.00万元), so levels do not make it a part.
    /// </summary>
    private static bool IsPartOfTheWhole(ReadOnlySpan<char> lead, FigureRole role) =>
        role == FigureRole.Added ? HasPartialQualifier(FundingLevel().Replace(lead.ToString(), string.Empty)) : HasPartialQualifier(lead);

    [GeneratedRegex("中央|省级|省财政|市级|市财政|县级|县财政|区级|区财政|本级|市县")]
    private static partial Regex FundingLevel();

    /// <summary>
    /// "“三公”经费预算48.00万元，实际支出41.26万元": a clause naming no subject of its own (实际支出…) continues the one
    /// before it in the sentence; when that one named a part's budget or receipts, the amount is the part's too.
    /// </summary>
    private static bool ContinuesAPart(string text, IReadOnlyList<TextRange> clauses, int clauseIndex, ReadOnlySpan<char> lead)
    {
        if (clauseIndex == 0 || lead.Trim().TrimStart("实际全年已共累计").Length > 0)
        {
            return false;
        }

        var previous = clauses[clauseIndex - 1];
        if (previous.End >= text.Length || text[previous.End] is '。' or '；' or ';')
        {
            return false;
        }

        var words = text.AsSpan(previous.Start, previous.Length);
        return HasPartialQualifier(words) && RoleLexicon.Nearest(words) is { Role: FigureRole.Budget or FigureRole.BudgetInitial or FigureRole.BudgetAdjusted or FigureRole.FundsReceived };
    }

    /// <summary>
    /// "年末结转结余77.46万元，结转结余率2.68%。其中结转61.20万元…；结余16.26万元…": the 结转 and the 结余 that a 其中
    /// splits the whole carry-over into are parts of it, not the report's balance.
    /// </summary>
    private static bool PartOfABalance(string text, int at)
    {
        var breakdown = text.LastIndexOf("其中", at, StringComparison.Ordinal);
        if (breakdown < 0 || text.AsSpan(breakdown, at - breakdown).IndexOfAny('。', '！', '？') >= 0)
        {
            return false;
        }

        // The whole stands in the sentence the 其中 belongs to or the one just before it.
        var sentenceStart = text.LastIndexOf('。', Math.Max(0, breakdown - 2)) + 1;
        var head = text.AsSpan(sentenceStart, breakdown - sentenceStart);
        return head.Contains("结转结余", StringComparison.Ordinal) || head.Contains("结余结转", StringComparison.Ordinal)
            || head.Contains("结转和结余", StringComparison.Ordinal);
    }

    [GeneratedRegex("累计[^。；]*(总投资|概算)|(总投资|概算)[^。；]*累计")]
    private static partial Regex RemainingInvestment();

    [GeneratedRegex(@"截[至止](\d{4}年)?([1-9]|1[01])月")]
    private static partial Regex PartYearPoint();

    private static readonly System.Buffers.SearchValues<char> SubjectCharacters = System.Buffers.SearchValues.Create("的最中其各每是县市区镇村");

    private static bool ConnectorOnly(ReadOnlySpan<char> between) => between is "为" or "是" or "共" or "共计" or "合计" or "为共计";

    /// <summary>未支出的1,627,550.00元: what is left may be named with 的 before its amount.</summary>
    private static bool LeftOverWithDe(FigureRole role, ReadOnlySpan<char> between) => role == FigureRole.Balance && between is "的";

    /// <summary>
    /// Whether the sentence (or its part after the last 其中 / ；) is about a part of the money: it opens with a
    /// level of government or a breakdown (市县财政配套资金应到位…，实际到位…; 按支出类别看，…; 分县看，…).
    /// </summary>
    internal static bool SentenceAboutAPart(string text, int position)
    {
        var start = text.LastIndexOfAny(['。', '；', ';', '\n'], Math.Max(0, position - 1)) + 1;
        var segment = text.AsSpan(start, position - start).TrimStart();
        var afterDate = segment.IndexOf('，');
        foreach (var opening in PartOpenings)
        {
            if (segment.StartsWith(opening, StringComparison.Ordinal)
                || (afterDate > 0 && afterDate < 16 && segment[..afterDate].StartsWith("截", StringComparison.Ordinal)
                    && segment[(afterDate + 1)..].StartsWith(opening, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause just before a rate's own clause gives one level's money (…，县级配套资金到位324.60万元，
    /// 到位率90.17%): the rate is that level's. A 其中 clause listing several items is left out (the whole's rate often
    /// follows its breakdown); one naming a single level is that level's.
    /// </summary>
    internal static bool PreviousClauseAboutALevel(string text, int position)
    {
        var sentenceStart = text.LastIndexOfAny(['。', '；', ';', '\n'], Math.Max(0, position - 1)) + 1;
        var ownClause = text.LastIndexOfAny(['，', ','], Math.Max(0, position - 1));
        if (ownClause <= sentenceStart)
        {
            return false;
        }

        var previousStart = Math.Max(sentenceStart, text.LastIndexOfAny(['，', ','], Math.Max(0, ownClause - 1)) + 1);
        var previous = text.AsSpan(previousStart, ownClause - previousStart).TrimStart();
        // 其中县级配套资金到位356.00万元，到位率89.00%: a 其中 naming one level only is that level's.
        previous = previous.StartsWith("其中", StringComparison.Ordinal) ? previous[2..].TrimStart("：: ") : previous;
        foreach (var opening in PartOpenings.AsSpan(1, LevelOpenings))
        {
            // 省级补助资金和市级资金于4月前全部拨付到位 names every source: the whole arrived.
            if (previous.StartsWith(opening, StringComparison.Ordinal) && previous.IndexOfAnyInRange('0', '9') >= 0
                && previous.IndexOfAny("和、及均") < 0 && !previous.Contains("全部", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many of <see cref="PartOpenings"/>, after 其中, are levels of government.</summary>
    private const int LevelOpenings = 9;

    private static readonly string[] PartOpenings =
    [
        "其中", "中央", "省级", "省财政", "市级", "市县", "县级", "区级", "本级", "乡镇", "按", "分县", "分市", "分类", "分项", "从分", "从各",
        "分资金来源", "分来源", "从资金来源",
    ];

    private static bool EndsWithSubject(ReadOnlySpan<char> lead)
    {
        foreach (var marker in RoleLexicon.SubjectMarkers)
        {
            if (lead.EndsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A date or period just before (截至2022年12月31日支出…, 2021年度…).
        return lead.Length > 0 && char.IsAsciiDigit(lead[^1]);
    }

    internal static bool HasPartialQualifier(ReadOnlySpan<char> text)
    {
        // 各级资金 and 各类资金 are all of the money, not a part of it; in 市财政安排项目预算 the level is who set the
        // budget, not a source of part of it.
        var whole = BudgetSetter().Replace(text.ToString(), string.Empty)
            .Replace("各级", string.Empty, StringComparison.Ordinal).Replace("各类", string.Empty, StringComparison.Ordinal);
        foreach (var qualifier in RoleLexicon.PartialQualifiers)
        {
            if (whole.Contains(qualifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNotFactQualifier(ReadOnlySpan<char> text)
    {
        foreach (var qualifier in RoleLexicon.NotFactQualifiers)
        {
            if (text.Contains(qualifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ExtractBreakdowns(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        IReadOnlyList<TextRange> clauses, HashSet<int> consumed, ICollection<SumStatement> sums, Func<FigureRole, Figure?> earlier)
    {
        foreach (Match trigger in BreakdownTrigger().Matches(text))
        {
            // The total: the last money amount before the trigger in the same sentence that is not a rate per head
            // or a standard (人均84元); else, when the words before the trigger name a role (资金支出具体为), the last
            // figure of that role stated earlier.
            var sentenceStart = text.LastIndexOfAny(['。', '\n'], Math.Max(0, trigger.Index - 1)) + 1;

            // Not a last year's amount given for comparison (支出4.92万元，比上年5.46万元下降…，其中…).
            var total = numbers.LastOrDefault(n => n.Start >= sentenceStart && n.Start + n.Length <= trigger.Index
                && IsMoneyLike(n) && n.Comparator == Comparator.None && !consumed.Contains(n.Start)
                && !PerUnit().IsMatch(text[Splitter.Containing(clauses, n.Start).Start..n.Start])
                && !LastYears().IsMatch(text[Math.Max(sentenceStart, n.Start - 5)..n.Start])
                && !ChangeBefore().IsMatch(text.AsSpan(Math.Max(sentenceStart, n.Start - 4), n.Start - Math.Max(sentenceStart, n.Start - 4)))
                && !ComparedYear().IsMatch(text.AsSpan(Math.Max(sentenceStart, n.Start - 14), n.Start - Math.Max(sentenceStart, n.Start - 14))));

            // "…资金2263万元。其中：…": a sentence that opens with 其中 details an amount of the sentence before — the
            // one of the same kind as its first item (…支出6,730.84万元，…结转结余216.21万元。其中：基本支出…).
            if (total is null && trigger.Value.StartsWith("其中", StringComparison.Ordinal)
                && text.AsSpan(sentenceStart, trigger.Index - sentenceStart).Trim().Length == 0 && sentenceStart > 1 && text[sentenceStart - 1] == '。')
            {
                total = PreviousSentenceTotal(text, numbers, clauses, consumed, sentenceStart, trigger.Index + trigger.Length);
            }
            SumTerm? totalTerm = null;
            var fromEarlier = total is not null && total.Start < sentenceStart;
            if (total is not null)
            {
                var totalClause = Splitter.Containing(clauses, total.Start);
                totalTerm = new SumTerm(AsMoney(total), LabelBefore(text, totalClause, total),
                    Anchor.ForText(paragraph.Location, paragraph.Text, totalClause, new TextRange(total.Start, total.Length)));
            }
            else if (RoleLexicon.Nearest(text.AsSpan(sentenceStart, trigger.Index - sentenceStart)) is { } named
                && earlier(named.Role) is { } stated)
            {
                totalTerm = new SumTerm(stated.Number, stated.Label, stated.Anchor);
                fromEarlier = true;
            }

            if (totalTerm is null)
            {
                continue;
            }

            // The parts: money amounts after the trigger, up to the end of the clause group (；), and never past an
            // amount that starts a new total (全年预算数285.50万元). A list may also run on over ； to the end of the
            // sentence (九山河…22万元…；耒水河…12.66万元…): that is another reading the rule accepts.
            var partsStart = trigger.Index + trigger.Length;
            var groupEnd = text.IndexOfAny(['。', '；', ';'], partsStart);
            var sentenceEnd = text.IndexOf('。', partsStart);
            var totalSpan = total is null ? default : Splitter.Containing(clauses, total.Start);
            var totalRole = total is null ? null : RoleLexicon.Nearest(text.AsSpan(totalSpan.Start, total.Start - totalSpan.Start))?.Role;
            var partNumbers = PartsOf(text, numbers, clauses, consumed, partsStart, groupEnd < 0 ? text.Length : groupEnd, totalRole, totalTerm.Number);
            var longer = PartsOf(text, numbers, clauses, consumed, partsStart, sentenceEnd < 0 ? text.Length : sentenceEnd, totalRole, totalTerm.Number);
            if (partNumbers.Count < 2)
            {
                // One item before the first ； (its own details nested in it): the list is the whole sentence.
                (partNumbers, longer) = (longer, []);
                if (partNumbers.Count < 2)
                {
                    continue;
                }
            }

            var parts = Terms(paragraph, text, partsStart, partNumbers);
            foreach (var part in partNumbers)
            {
                consumed.Add(part.Start);
            }

            var subject = IsSourceList(parts) ? "资金来源" : "支出明细";
            sums.Add(new SumStatement(subject, SumKind.Breakdown, totalTerm, parts)
            {
                OtherReadings = longer.Count > partNumbers.Count ? [Terms(paragraph, text, partsStart, longer)] : [],
                TotalFromEarlierSentence = fromEarlier,
            });
        }
    }

    /// <summary>
    /// Parts listed first and summed after (中央补助资金686.20万元、省级资金412.50万元、县级配套资金201.30万元，合计1,310.00万元):
    /// the amounts of the list just before 合计 / 共计 / 总计, back to the sentence's start or its colon.
    /// </summary>
    private static void ExtractTrailingTotals(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        HashSet<int> consumed, ICollection<SumStatement> sums)
    {
        foreach (Match trigger in TrailingTotal().Matches(text))
        {
            var totalAt = trigger.Index + trigger.Length;
            if (numbers.FirstOrDefault(n => n.Start == totalAt && IsMoneyLike(n) && n.Comparator == Comparator.None) is not { } total
                || consumed.Contains(total.Start))
            {
                continue;
            }

            var listStart = Math.Max(text.LastIndexOf('。', Math.Max(0, trigger.Index - 1)), text.LastIndexOfAny([':', '：'], Math.Max(0, trigger.Index - 1))) + 1;
            var parts = new List<PrintedNumber>();
            var end = trigger.Index;
            foreach (var n in numbers.Where(n => n.Start >= listStart && n.Start < trigger.Index).Reverse())
            {
                // Amounts in brackets (（6户，每户2.00万元）) and rates per head are no items; anything else ends the list.
                if (BracketDepth(text, listStart, n.Start) > 0 || PerUnit().IsMatch(text.AsSpan(Math.Max(listStart, n.Start - 3), n.Start - Math.Max(listStart, n.Start - 3))))
                {
                    continue;
                }

                if (!IsMoneyLike(n) || n.Comparator != Comparator.None || consumed.Contains(n.Start))
                {
                    break;
                }

                parts.Add(n);
                end = n.Start;
            }

            // A list of one kind: 预算500万元，支出480万元，合计… adds up nothing.
            var roles = parts.Select(p => RoleLexicon.Nearest(text.AsSpan(listStart, p.Start - listStart))?.Role)
                .Where(r => r is FigureRole.Budget or FigureRole.BudgetInitial or FigureRole.BudgetAdjusted or FigureRole.Spent or FigureRole.FundsReceived or FigureRole.Balance)
                .Distinct().Count();
            if (parts.Count < 2 || roles > 1)
            {
                continue;
            }

            parts.Reverse();
            var terms = Terms(paragraph, text, listStart, parts);
            var totalTerm = new SumTerm(AsMoney(total), trigger.Value, Anchor.ForText(paragraph.Location, paragraph.Text,
                new TextRange(trigger.Index, total.Start + total.Length - trigger.Index), new TextRange(total.Start, total.Length)));
            sums.Add(new SumStatement(IsSourceList(terms) ? "资金来源" : "支出明细", SumKind.Breakdown, totalTerm, terms));
            foreach (var part in parts)
            {
                consumed.Add(part.Start);
            }
        }
    }

    private static PrintedNumber? PreviousSentenceTotal(string text, IReadOnlyList<PrintedNumber> numbers, IReadOnlyList<TextRange> clauses,
        HashSet<int> consumed, int sentenceStart, int partsStart)
    {
        var previousStart = text.LastIndexOfAny(['。', '\n'], Math.Max(0, sentenceStart - 2)) + 1;
        var firstItem = numbers.FirstOrDefault(n => n.Start >= partsStart && IsMoneyLike(n));
        var firstRole = firstItem is null ? null : RoleLexicon.Nearest(text.AsSpan(partsStart, firstItem.Start - partsStart))?.Role;
        // Neither a change (…减少1.49万元) nor last year's amount (比上年支出16.35万元) is the amount broken down.
        var candidates = numbers.Where(n => n.Start >= previousStart && n.Start < sentenceStart && IsMoneyLike(n)
            && n.Comparator == Comparator.None && !consumed.Contains(n.Start)
            && !ChangeBefore().IsMatch(text.AsSpan(Math.Max(previousStart, n.Start - 4), n.Start - Math.Max(previousStart, n.Start - 4)))
            && !LastYears().IsMatch(text.AsSpan(Splitter.Containing(clauses, n.Start).Start, n.Start - Splitter.Containing(clauses, n.Start).Start))).ToList();
        if (firstRole is null)
        {
            return candidates.LastOrDefault();
        }

        return candidates.LastOrDefault(n => RoleLexicon.Nearest(text.AsSpan(Splitter.Containing(clauses, n.Start).Start,
            n.Start - Splitter.Containing(clauses, n.Start).Start))?.Role == firstRole);
    }

    private static List<PrintedNumber> PartsOf(string text, IReadOnlyList<PrintedNumber> numbers, IReadOnlyList<TextRange> clauses,
        HashSet<int> consumed, int partsStart, int end, FigureRole? totalRole, PrintedNumber total)
    {
        var partNumbers = new List<PrintedNumber>();
        var examinedEnd = partsStart;
        var nested = false;
        foreach (var n in numbers.Where(n => n.Start >= partsStart && n.Start < end))
        {
            // An item detailed in its turn (基本支出2,318.52万元，包括人员经费1,986.40万元、公用经费332.12万元；项目支出…):
            // its own items, up to the next ；, are not items of this list.
            var gap = text.AsSpan(examinedEnd, Math.Max(0, n.Start - examinedEnd));
            nested = gap.IndexOfAny('；', ';') < 0 && (nested || (partNumbers.Count > 0 && NestedList().IsMatch(gap)));
            examinedEnd = n.Start + n.Length;
            if (nested)
            {
                continue;
            }

            // Amounts in brackets explain a part (（6户，每户2.00万元）) and rates per head are standards, not parts.
            var lead = text[Splitter.Containing(clauses, n.Start).Start..n.Start];
            if (!IsMoneyLike(n) || n.Comparator != Comparator.None || consumed.Contains(n.Start)
                || BracketDepth(text, partsStart, n.Start) > 0 || PerUnit().IsMatch(lead))
            {
                continue;
            }

            // The list ends where the sentence adds something outside it (加上年结转资金…), sums up again (共计…)
            // or states another total (全年实际支出1,724.36万元 after the fund sources of the budget).
            var sinceStart = partNumbers.Count > 0 ? partNumbers[^1].Start + partNumbers[^1].Length : partsStart;
            var since = text.AsSpan(sinceStart, n.Start - sinceStart);
            // The total stated again (…，2021年度中央下达资金61.8万元) or a clause led by a year is a statement of its own.
            // So is last year's amount it is compared with (…，比上年13.05万元下降10.65%).
            if (partNumbers.Count > 0 && (n.Value == total.Value || YearLed().IsMatch(lead) || ComparedYear().IsMatch(lead)))
            {
                break;
            }

            // 一般公共预算财政拨款, 政府性基金预算…: a kind of fund listed among the sources, not another budget.
            if (partNumbers.Count > 0 && (OutsideTheList().IsMatch(since) || (RoleLexicon.Nearest(RoleLexicon.FundKindsAsFunds(lead)) is { } role
                && (role.Role is not (FigureRole.CarryOverSource or FigureRole.Spent)
                    || (role.Role == FigureRole.Spent && (totalRole is { } tr && tr != FigureRole.Spent || WholeAmount().IsMatch(lead)))))))
            {
                break;
            }

            partNumbers.Add(n);
        }

        return partNumbers;
    }

    private static List<SumTerm> Terms(ParagraphBlock paragraph, string text, int partsStart, List<PrintedNumber> partNumbers)
    {
        var parts = new List<SumTerm>();
        var previousEnd = partsStart;
        foreach (var part in partNumbers)
        {
            var label = text[previousEnd..part.Start].Trim('、', '，', ',', '；', ';', ':', '：', ' ', '为');
            var partRange = new TextRange(previousEnd, part.Start + part.Length - previousEnd);
            parts.Add(new SumTerm(AsMoney(part), label,
                Anchor.ForText(paragraph.Location, paragraph.Text, partRange, new TextRange(part.Start, part.Length))));
            previousEnd = part.Start + part.Length;
        }

        return parts;
    }

    private static int BracketDepth(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += text[i] switch
            {
                '（' or '(' => 1,
                '）' or ')' => depth > 0 ? -1 : 0,
                _ => 0,
            };
        }

        return depth;
    }

    private static bool IsSourceList(IReadOnlyList<SumTerm> parts) =>
        parts.All(p => SourceWords().IsMatch(p.Label));

    private static string LabelBefore(string text, TextRange clause, PrintedNumber number) =>
        text[clause.Start..number.Start].Trim('，', ',', ':', '：', ' ');

    /// <summary>initial − recovered − transferred + added = adjusted, when one paragraph states them all.</summary>
    private static void ExtractAdjustment(string text, List<Figure> figures, ICollection<SumStatement> sums)
    {
        var initial = figures.FirstOrDefault(f => f.Role is FigureRole.BudgetInitial or FigureRole.Budget);
        var adjusted = figures.LastOrDefault(f => f.Role == FigureRole.BudgetAdjusted);
        // Last year's carry-over said to be added (…追加601.98万元，加上年结转资金37.50万元，全年预算数为4,125.68万元) is
        // one more addition.
        var changes = figures.Where(f => f.Role is FigureRole.Recovered or FigureRole.Transferred or FigureRole.Added
            || (f.Role == FigureRole.CarryOverSource && AddedBefore(text, f.Anchor.Focus.Start))).ToList();
        if (initial is null || adjusted is null || changes.Count == 0
            || initial.Anchor.Focus.Start > changes[0].Anchor.Focus.Start
            || adjusted.Anchor.Focus.Start < changes[^1].Anchor.Focus.Start)
        {
            return;
        }

        // A change that totals the ones before it (下达96.40万元…追加165.00万元，全年追加预算261.40万元) is their sum,
        // not one more; where the earlier ones were not all read as changes (下达…), the total alone stands.
        for (var i = changes.Count - 1; i > 0; i--)
        {
            var earlier = changes.Take(i).Where(c => c.Role == changes[i].Role).ToList();
            if (earlier.Count > 0 && changes[i].Role == FigureRole.Added
                && (earlier.Sum(c => c.Number.Value) == changes[i].Number.Value || earlier.All(c => c.Number.Value < changes[i].Number.Value) && TotalWord().IsMatch(changes[i].Anchor.QuoteText)))
            {
                changes = [.. changes.Except(earlier)];
                break;
            }
        }

        var parts = new List<SumTerm> { new(initial.Number, initial.Label, initial.Anchor) };
        parts.AddRange(changes.Select(c => new SumTerm(c.Number, c.Label, c.Anchor, c.Role is FigureRole.Added or FigureRole.CarryOverSource ? 1 : -1)));
        sums.Add(new SumStatement("调整后预算", SumKind.Adjustment, new SumTerm(adjusted.Number, adjusted.Label, adjusted.Anchor), parts));
    }

    [GeneratedRegex("全年|合计|共|累计|总")]
    private static partial Regex TotalWord();

    /// <summary>Whether the clause adds the amount (加上年结转资金, 再加结转): 加 opens the words before it.</summary>
    private static bool AddedBefore(string text, int position)
    {
        var clauseStart = text.LastIndexOfAny(['，', ',', '；', '。'], Math.Max(0, position - 1)) + 1;
        return text.AsSpan(clauseStart, position - clauseStart).TrimStart().StartsWith("加", StringComparison.Ordinal)
            || text.AsSpan(clauseStart, position - clauseStart).TrimStart().StartsWith("再加", StringComparison.Ordinal);
    }

    [GeneratedRegex("(减少|增加|下降|增长|节约|节省|超支|降低|提高)了?$")]
    private static partial Regex ChangeBefore();

    [GeneratedRegex("(具体(情况)?(为|如下|是)|其中|包括|分别(为|是)|明细(为|如下)|主要(用于|包括)|构成(为|如下))[:：]?")]
    private static partial Regex BreakdownTrigger();

    [GeneratedRegex("^[^，。；]{0,3}(调整|调增|调减|增加|减少|增至|减至|变更|追加至|压减至)")]
    private static partial Regex ChangedTo();

    [GeneratedRegex("(中央|省|市|县|区)级?财政(局|厅)?安排")]
    private static partial Regex BudgetSetter();

    // A figure set beside this year's for comparison (较2021年实际支出3,958.42万元增长5.52%; 与2022年实际支出…相比) is
    // another year's.
    [GeneratedRegex(@"(较|与|比|同)\s*(20\d{2}\s*年度?|上年度?|去年)(同期)?的?$")]
    private static partial Regex ComparedWith();

    // The amount another year is compared by (较2020年的10.42万元减少0.56万元).
    [GeneratedRegex(@"(较|比|由)(20\d{2}年度?|上年|去年)(同期)?的?[^，。；\d]{0,6}$")]
    private static partial Regex ComparedYear();

    [GeneratedRegex("上年|去年|同比|上一年")]
    private static partial Regex LastYears();

    // An item followed by a colon is detailed in its turn (其中一般公共预算项目支出7,241.06万元：城乡最低生活保障资金…).
    [GeneratedRegex("包括|其中|含|主要为|主要用于|分别为|具体为|^(万?元)?[）)]?[：:]")]
    private static partial Regex NestedList();

    [GeneratedRegex(@"^\s*20\d{2}年")]
    private static partial Regex YearLed();

    [GeneratedRegex("[，,]\\s*(合计|共计|总计)(为|金额)?")]
    private static partial Regex TrailingTotal();

    [GeneratedRegex("加上|另有|另外|此外|再加|连同|加之|共计|合计|总计|累计|共下达|共安排")]
    private static partial Regex OutsideTheList();

    [GeneratedRegex("全年|累计|实际支出|实际使用|总支出|共支出|合计")]
    private static partial Regex WholeAmount();

    [GeneratedRegex("人均|户均|亩均|每|标准|单价|平均")]
    private static partial Regex PerUnit();

    [GeneratedRegex("中央|省|市|县|区|乡|镇|自筹|社会|其他|本级|财政|拨款|结转|单位|收入")]
    private static partial Regex SourceWords();
}
