using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// Finds stated rates in running text: execution and funds-received rates (recomputed later from the report's
/// figures), shares stated with their base (2074个事项中1648个…，占比80%) and completion rates stated with
/// plan and actual (计划建设60,000亩，实际完成57,420亩，完成率96.7%).
/// </summary>
public static partial class RateExtractor
{
    /// <summary>Collects the rates of one paragraph.</summary>
    public static void Extract(ParagraphBlock paragraph, IReadOnlyList<Figure> paragraphFigures, ICollection<RateStatement> rates)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(paragraphFigures);
        ArgumentNullException.ThrowIfNull(rates);
        var text = paragraph.Text.Value;
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return;
        }

        var numbers = NumberParser.FindAll(text);
        var clauses = Splitter.Clauses(text);
        var sentences = Splitter.Sentences(text);
        foreach (var rate in numbers.Where(n => n.Kind == UnitKind.Percent && n.Comparator == Comparator.None))
        {
            var clause = Splitter.Containing(clauses, rate.Start);
            var sentence = Splitter.Containing(sentences, rate.Start);
            var label = text[clause.Start..rate.Start].TrimEnd('为', '是', '达', '到', ':', '：', '约', ' ');
            label = label.EndsWith('达') ? label[..^1] : label;
            var anchor = Anchor.ForText(paragraph.Location, paragraph.Text, clause, new TextRange(rate.Start, rate.Length));
            var name = RateName().Match(label) is { Success: true } named ? named.Value : label;

            // A rate of one source or one category (其中，中央资金支出…，执行率86.18%) is not the project's rate.
            var partial = ProseFigureExtractor.SentenceAboutAPart(text, rate.Start);
            if (partial && (ExecutionName().IsMatch(label) || label.EndsWith("到位率", StringComparison.Ordinal)))
            {
                continue;
            }

            if (ExecutionName().IsMatch(label))
            {
                // 疫情防控项目执行率 is one project's rate, not the whole budget's: nothing to recompute it from.
                if (!PartQualifiedExecution().IsMatch(name))
                {
                    rates.Add(new RateStatement(RateKind.Execution, name, rate, anchor));
                }
            }
            else if (label.EndsWith("到位率", StringComparison.Ordinal))
            {
                rates.Add(new RateStatement(RateKind.FundsReceived, name, rate, anchor));
            }
            else if ((label == "完成" || label.EndsWith("支出进度", StringComparison.Ordinal))
                && paragraphFigures.Any(f => f.Role == FigureRole.Spent && sentence.Contains(f.Anchor.Focus.Start))
                && paragraphFigures.Any(f => f.Role is FigureRole.Budget or FigureRole.BudgetInitial or FigureRole.BudgetAdjusted && sentence.Contains(f.Anchor.Focus.Start)))
            {
                rates.Add(new RateStatement(RateKind.Execution, "预算执行率（" + label + "）", rate, anchor));
            }
            else if (ShareOf(paragraph, text, numbers, sentence, rate, label, anchor) is { } share)
            {
                rates.Add(share);
            }
            else if (MoneyShareOf(paragraph, text, numbers, paragraphFigures, rate, label, anchor) is { } moneyShare)
            {
                rates.Add(moneyShare);
            }
            else if (CompletionOf(paragraph, text, numbers, sentence, rate, label, name, anchor) is { } completion)
            {
                rates.Add(completion);
            }
            else if (CountRatioOf(paragraph, text, numbers, sentence, rate, name, anchor) is { } ratio)
            {
                rates.Add(ratio);
            }
        }
    }

    /// <summary>"A个…中B个…，占比N%": the denominator before 中, the numerator after it, same measure word.</summary>
    private static RateStatement? ShareOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, string label, Anchor anchor)
    {
        // 占比 after "A个…中B个", and any other rate on that structure (7个监测断面中…有4个断面，达标率57.14%).
        if (!ShareLabel().IsMatch(label) && !label.EndsWith('率'))
        {
            return null;
        }

        var before = numbers.Where(n => n.Start >= sentence.Start && n.Start < rate.Start && n.Kind == UnitKind.Measure && n.Comparator == Comparator.None).ToList();
        for (var i = before.Count - 1; i > 0; i--)
        {
            var numerator = before[i];
            var denominator = before[i - 1];
            var between = text[(denominator.Start + denominator.Length)..numerator.Start];
            // For a share the 中 may be anywhere between; for another rate it must close the base's own phrase
            // (7个监测断面中…), not open a list (培训班46期，其中…12期).
            var ofBase = ShareLabel().IsMatch(label) ? between.Contains('中', StringComparison.Ordinal)
                : between.IndexOf('中') is var at && at is > 0 and <= 8 && between[at - 1] != '其';
            // 1,106个项目中，236个项目尚未办理…，确权率78.66%: the rate counts the others; not recomputed.
            var negated = !ShareLabel().IsMatch(label) && Negation().IsMatch(text.AsSpan(numerator.Start, Math.Min(16, text.Length - numerator.Start)));
            if (numerator.MeasureWord == denominator.MeasureWord && ofBase && !negated && between.Length <= 30
                && numerator.Value <= denominator.Value)
            {
                return new RateStatement(RateKind.Explicit, label.Length > 0 ? label : "占比", rate, anchor,
                    Term(paragraph, text, sentence, numerator, "分子"), Term(paragraph, text, sentence, denominator, "分母"));
            }
        }

        return null;
    }

    /// <summary>"计划X…实际完成Y…完成率N%": plan and actual of the same measure in the same sentence.</summary>
    private static RateStatement? CompletionOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, string label, string name, Anchor anchor)
    {
        if (!label.EndsWith("完成率", StringComparison.Ordinal) && !label.EndsWith("完成比例", StringComparison.Ordinal))
        {
            return null;
        }

        PrintedNumber? plan = null, actual = null;
        var clauses = Splitter.Clauses(text);
        foreach (var number in numbers.Where(n => n.Start >= sentence.Start && n.Start < rate.Start && n.Kind == UnitKind.Measure && n.Comparator == Comparator.None))
        {
            var lead = text[Math.Max(sentence.Start, Splitter.Containing(clauses, number.Start).Start)..number.Start];
            if (PlanWord().IsMatch(lead))
            {
                plan = number;
            }
            else if (lead.Contains("完成", StringComparison.Ordinal) || lead.Contains("实际", StringComparison.Ordinal))
            {
                actual = number;
            }
        }

        if (plan is null || actual is null || plan.MeasureWord != actual.MeasureWord)
        {
            return null;
        }

        return new RateStatement(RateKind.Explicit, name, rate, anchor,
            Term(paragraph, text, sentence, actual, "实际完成"), Term(paragraph, text, sentence, plan, "计划"));
    }

    /// <summary>
    /// "其中：设备购置费846.20万元，占全年支出的73.93%" and "总预算2,400,000.00元，其中：中央补助资金1,200,000.00元，占50%":
    /// a share of money right after an amount, over what the share names (a figure of that role in the paragraph) or,
    /// for a bare 占, over the total the breakdown (其中) opened with. Without such a base nothing is recomputed.
    /// </summary>
    private static RateStatement? MoneyShareOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        IReadOnlyList<Figure> paragraphFigures, PrintedNumber rate, string label, Anchor anchor)
    {
        if (!label.StartsWith('占'))
        {
            return null;
        }

        var groupStart = text.LastIndexOfAny(['。', '；', ';'], Math.Max(0, rate.Start - 1)) + 1;
        var share = text.LastIndexOf('占', rate.Start);
        var numerator = numbers.LastOrDefault(n => n.Start >= groupStart && n.Start < share && ProseFigureExtractor.IsMoneyLike(n) && n.Comparator == Comparator.None);
        if (numerator is null)
        {
            return null;
        }

        var named = label.TrimStart('占').TrimEnd('的', '比', '重');
        var bases = new List<PrintedNumber>();
        var statedBase = numbers.FirstOrDefault(n => n.Start > share && n.Start < rate.Start && ProseFigureExtractor.IsMoneyLike(n));
        if (statedBase is not null)
        {
            // 占衔接资金预算总额150,360.00万元的56.34%: the base is printed in the share itself.
            bases.Add(statedBase);
        }
        else if (named.Length > 0 && RoleLexicon.Nearest(named) is { } role)
        {
            bases.AddRange(paragraphFigures.Where(f => f.Role == role.Role && f.Number.Value >= numerator.Value).Select(f => f.Number));
        }
        else if (named.Length == 0)
        {
            var sentenceStart = text.LastIndexOf('。', Math.Max(0, numerator.Start - 1)) + 1;
            var trigger = text.IndexOf("其中", sentenceStart, StringComparison.Ordinal);
            if (trigger > 0 && trigger < numerator.Start
                && numbers.LastOrDefault(n => n.Start >= sentenceStart && n.Start < trigger && ProseFigureExtractor.IsMoneyLike(n)) is { } total)
            {
                bases.Add(total);
            }
        }

        var sentence = Splitter.Containing(Splitter.Sentences(text), rate.Start);
        var pairs = bases.Where(b => b.Value > 0).Distinct().Select(b => (Numerator: Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(numerator), "分子"),
            Denominator: Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(b), "分母"))).ToList();
        return pairs.Count == 0 ? null : new RateStatement(RateKind.Explicit, label.Length > 1 ? label : "占比", rate, anchor, pairs[0].Numerator, pairs[0].Denominator)
        {
            OtherBases = pairs.Skip(1).ToList(),
        };
    }

    /// <summary>
    /// "培训2,046人次，…实现就业1,136人，就业率56.2%": a rate named X率 right after a count (the numerator), over a
    /// larger count of the same kind earlier in the sentence; every such count is a possible base.
    /// </summary>
    private static RateStatement? CountRatioOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, string name, Anchor anchor)
    {
        if (!name.EndsWith('率') || name.Length < 3 || NotARatio().IsMatch(name))
        {
            return null;
        }

        // Counts of the whole sentence, over ； too (培训2,046人次…；培训后实现就业1,136人，就业率56.2%).
        var sentenceStart = rate.Start == 0 ? 0 : text.LastIndexOf('。', rate.Start - 1) + 1;
        var counts = numbers.Where(n => n.Start >= Math.Min(sentenceStart, sentence.Start) && n.Start < rate.Start && n.Kind == UnitKind.Measure
            && n.Comparator == Comparator.None && n.MeasureWord.Length > 0).ToList();
        if (counts.Count < 2)
        {
            return null;
        }

        // The numerator is most likely the count that closes the clause group just before the rate
        // (…实现就业1,136人，就业率56.2%); every other pair of counts of the same kind (smaller over larger) is
        // another reading, so that 新增学位1,140个，较计划1,200个少60个，完成率95.00% is read as 1,140 ÷ 1,200.
        var last = counts[^1];
        var between = text[(last.Start + last.Length)..rate.Start];
        if (between.Length > name.Length + 4 || between.IndexOfAny(['。', '；', ';']) >= 0)
        {
            return null;
        }

        // A numerator names what the rate counts: 就业率 over a clause that says 就业, 合格率 over one that says 合格
        // (培训1,652人次，培训考核合格率95.2% states no count of those who passed: nothing to recompute).
        var stem = name[^3..^1];
        var clauses = Splitter.Clauses(text);
        var pairs = new List<(SumTerm Numerator, SumTerm Denominator)>();
        foreach (var numerator in counts.AsEnumerable().Reverse()
            .Where(n => text.AsSpan(Splitter.Containing(clauses, n.Start).Start, n.Start - Splitter.Containing(clauses, n.Start).Start).Contains(stem, StringComparison.Ordinal)))
        {
            foreach (var denominator in counts.Where(d => !ReferenceEquals(d, numerator) && d.MeasureWord[0] == numerator.MeasureWord[0]
                && d.Value >= numerator.Value && d.Value > 0))
            {
                pairs.Add((Term(paragraph, text, sentence, numerator, "分子"), Term(paragraph, text, sentence, denominator, "分母")));
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        return new RateStatement(RateKind.Explicit, name, rate, anchor, pairs[0].Numerator, pairs[0].Denominator)
        {
            OtherBases = pairs.Skip(1).ToList(),
        };
    }

    private static SumTerm Term(ParagraphBlock paragraph, string text, TextRange sentence, PrintedNumber number, string label) =>
        new(number, label, Anchor.ForText(paragraph.Location, paragraph.Text, Splitter.Containing(Splitter.Clauses(text), number.Start), new TextRange(number.Start, number.Length)));

    // 预算执行率, 资金执行率, 项目执行率, 资金使用率 — but not 政府采购执行率 or 设备使用率.
    [GeneratedRegex(@"(^|项目|预算|资金|支出|全年|年度|经费|整体|总体)(执行率|支出率|执行进度)$|资金(使用率|支出进度)$")]
    private static partial Regex ExecutionName();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,}项目(执行率|支出率|执行进度)$|(财政拨款|基本支出|项目支出|中央|省级|市级|县级|本级|专项)[\p{IsCJKUnifiedIdeographs}]{0,4}(预算)?(执行率|支出率)$")]
    private static partial Regex PartQualifiedExecution();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{0,6}(率|占比|比例)$")]
    private static partial Regex RateName();

    [GeneratedRegex(@"(占比|占|比例|比重)$")]
    private static partial Regex ShareLabel();

    [GeneratedRegex("增长率|下降率|增速|同比|环比|满意率|利用率|使用率|执行率|到位率|支出率|结余率|节约率|出勤率|故障率|发生率|流失率")]
    private static partial Regex NotARatio();

    [GeneratedRegex("未|没有|不")]
    private static partial Regex Negation();

    [GeneratedRegex("计划|目标|任务|应|下达")]
    private static partial Regex PlanWord();
}
