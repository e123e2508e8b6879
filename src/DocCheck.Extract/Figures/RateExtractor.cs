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
    /// <summary>Collects the rates of one paragraph; <paramref name="earlierFigures"/> are those of the paragraphs before it.</summary>
    public static void Extract(ParagraphBlock paragraph, IReadOnlyList<Figure> paragraphFigures, IReadOnlyList<Figure> earlierFigures, ICollection<RateStatement> rates)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(paragraphFigures);
        ArgumentNullException.ThrowIfNull(earlierFigures);
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
            var partial = ProseFigureExtractor.SentenceAboutAPart(text, rate.Start) || ProseFigureExtractor.PreviousClauseAboutALevel(text, rate.Start);
            if (partial && (ExecutionName().IsMatch(label) || label.EndsWith("到位率", StringComparison.Ordinal)))
            {
                if (PartsOwnOperands(paragraph, text, numbers, clauses, rate, label.EndsWith("到位率", StringComparison.Ordinal)) is { } own)
                {
                    rates.Add(new RateStatement(RateKind.Explicit, name, rate, anchor, own[0].Numerator, own[0].Denominator) { OtherBases = own.Skip(1).ToList() });
                }

                continue;
            }

            if (ExecutionName().IsMatch(label))
            {
                // 疫情防控项目执行率 is one project's rate, not the whole budget's: it is recomputed only from the part's
                // own amounts, stated before it under the part's name (项目预算1,053.10万元，支出910.53万元，项目支出执行率…).
                if (!PartQualifiedExecution().IsMatch(name))
                {
                    var local = LocalOperands(paragraph, text, numbers, clauses, rate, SpentWord(), AllocationWord());
                    rates.Add(new RateStatement(RateKind.Execution, name, rate, anchor, local?.Numerator, local?.Denominator));
                }
                else if (PartsOwnOperands(paragraph, text, numbers, clauses, rate, received: false) is { } own
                    && own.Where(p => NamesThePart(text, clauses, p.Denominator, name)).ToList() is [var first, .. var others])
                {
                    rates.Add(new RateStatement(RateKind.Explicit, name, rate, anchor, first.Numerator, first.Denominator) { OtherBases = others });
                }
            }
            else if (CarryOverName().IsMatch(label))
            {
                var local = LocalOperands(paragraph, text, numbers, clauses, rate, BalanceWord(), AllocationWord());
                rates.Add(new RateStatement(RateKind.CarryOver, name, rate, anchor, local?.Numerator, local?.Denominator));
            }
            else if (label.EndsWith("到位率", StringComparison.Ordinal))
            {
                var local = LocalOperands(paragraph, text, numbers, clauses, rate, ReceivedWord(), AllocationWord());
                rates.Add(new RateStatement(RateKind.FundsReceived, name, rate, anchor, local?.Numerator, local?.Denominator)
                {
                    WholeStated = WholeReceived(paragraph, text, numbers, sentence, rate),
                });
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
            else if (MoneyShareOf(paragraph, text, numbers, paragraphFigures, earlierFigures, rate, label, anchor) is { } moneyShare)
            {
                rates.Add(moneyShare);
            }
            else if (CompletionOf(paragraph, text, numbers, sentence, rate, label, name, anchor) is { } completion)
            {
                rates.Add(completion);
            }
            else if (PercentOfPlan(paragraph, text, numbers, sentence, rate, anchor) is { } ofPlan)
            {
                rates.Add(ofPlan);
            }
            else if (CountRatioOf(paragraph, text, numbers, sentence, rate, name, anchor) is { } ratio)
            {
                rates.Add(ratio);
            }
        }
    }

    /// <summary>
    /// The amounts a rate's own paragraph gives it, when its figures carry no role the lexicon knows
    /// (省级财政安排创新券补助资金12,600.00万元…全年兑付12,187.45万元，执行率96.73%): the last amount before the rate
    /// whose clause names what the rate counts (支出, 兑付; 结转, 结余), over the last amount before that one whose
    /// clause names money allotted (资金, 预算, 下达) and is not smaller. Nothing when either is missing.
    /// </summary>
    private static (SumTerm Numerator, SumTerm Denominator)? LocalOperands(ParagraphBlock paragraph, string text,
        IReadOnlyList<PrintedNumber> numbers, IReadOnlyList<TextRange> clauses, PrintedNumber rate, Regex numeratorWord, Regex baseWord)
    {
        string Lead(PrintedNumber n) => text[Splitter.Containing(clauses, n.Start).Start..n.Start];
        var money = numbers.Where(n => n.Start < rate.Start && ProseFigureExtractor.IsMoneyLike(n) && n.Comparator == Comparator.None).ToList();
        var numerator = money.LastOrDefault(n => numeratorWord.IsMatch(Lead(n)) && !NotTheWhole().IsMatch(Lead(n)));
        if (numerator is null || text.AsSpan(numerator.Start, rate.Start - numerator.Start).IndexOfAny('。', '%', '％') >= 0)
        {
            return null;
        }

        var denominator = money.LastOrDefault(n => n.Start < numerator.Start && n.Value >= numerator.Value
            && baseWord.IsMatch(Lead(n)) && !numeratorWord.IsMatch(Lead(n)) && !NotTheWhole().IsMatch(Lead(n)));
        if (denominator is null)
        {
            return null;
        }

        var sentence = Splitter.Containing(Splitter.Sentences(text), rate.Start);
        return (Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(numerator), "分子"),
            Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(denominator), "分母"));
    }

    /// <summary>
    /// A source's rate worked out in its own clauses (分资金来源看：中央财政补助到位180.00万元，支出176.35万元，执行率97.97%):
    /// the amount spent (or received, for 到位率) over each larger amount before it in the same part, back to the ；, ：
    /// or 。 that opens it. Nothing when the part states no such pair.
    /// </summary>
    private static List<(SumTerm Numerator, SumTerm Denominator)>? PartsOwnOperands(ParagraphBlock paragraph, string text,
        IReadOnlyList<PrintedNumber> numbers, IReadOnlyList<TextRange> clauses, PrintedNumber rate, bool received)
    {
        var start = text.LastIndexOfAny(['；', ';', '：', ':', '。', '\n'], Math.Max(0, rate.Start - 1)) + 1;
        string Lead(PrintedNumber n) => text[Math.Max(start, Splitter.Containing(clauses, n.Start).Start)..n.Start];
        var money = numbers.Where(n => n.Start >= start && n.Start < rate.Start && ProseFigureExtractor.IsMoneyLike(n) && n.Comparator == Comparator.None).ToList();
        var counted = received ? ReceivedWord() : SpentWord();
        var numerator = money.LastOrDefault(n => counted.IsMatch(Lead(n)));
        if (numerator is null || text.AsSpan(numerator.Start, rate.Start - numerator.Start).IndexOfAny('%', '％') >= 0)
        {
            return null;
        }

        var sentence = Splitter.Containing(Splitter.Sentences(text), rate.Start);
        var pairs = money.Where(d => d.Start < numerator.Start && d.Value >= numerator.Value && d.Value > 0 && !counted.IsMatch(Lead(d)))
            .Reverse()
            .Select(d => (Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(numerator), "分子"), Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(d), "分母")))
            .ToList();
        return pairs.Count == 0 ? null : pairs;
    }

    /// <summary>Whether the clause of an amount names the part a rate is of by its first word (项目预算 for 项目支出执行率).</summary>
    private static bool NamesThePart(string text, IReadOnlyList<TextRange> clauses, SumTerm amount, string rateName)
    {
        var clause = Splitter.Containing(clauses, amount.Anchor.Focus.Start);
        return text.AsSpan(clause.Start, amount.Anchor.Focus.Start - clause.Start).Contains(rateName.AsSpan(0, 2), StringComparison.Ordinal);
    }

    /// <summary>
    /// "资金于2023年8月全部下达，到位率…": the sentence says all the money arrived, of the whole — no clause in it names
    /// a source or a part (中央和省级资金全部到位，县级配套到位300.00万元 is a part), and no amount stands between.
    /// </summary>
    private static Anchor? WholeReceived(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers, TextRange sentence, PrintedNumber rate)
    {
        var before = text[sentence.Start..rate.Start];
        var whole = WholeArrived().Match(before);
        var clauseStart = whole.Success ? before.LastIndexOfAny(['，', ',', '：', ':'], whole.Index) + 1 : 0;
        if (!whole.Success || ProseFigureExtractor.HasPartialQualifier(before.AsSpan(clauseStart))
            || numbers.Any(n => n.Start > sentence.Start + whole.Index && n.Start < rate.Start && ProseFigureExtractor.IsMoneyLike(n)))
        {
            return null;
        }

        var clauses = Splitter.Clauses(text);
        var at = sentence.Start + whole.Index;
        return Anchor.ForText(paragraph.Location, paragraph.Text, Splitter.Containing(clauses, at), new TextRange(at, whole.Length));
    }

    [GeneratedRegex("(全部|全额|足额)(下达|拨付)?(到位|到县|到账)|全部(下达|拨付)")]
    private static partial Regex WholeArrived();

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
                // 54个子项目中已交工的52个全部验收合格，合格率100%: all of the 52 — the count is its own base too.
                var all = AllOfThem().IsMatch(text.AsSpan(numerator.Start + numerator.Length, Math.Min(8, rate.Start - numerator.Start - numerator.Length)));
                var counted = Term(paragraph, text, sentence, numerator, "分子");
                return new RateStatement(RateKind.Explicit, label.Length > 0 ? label : "占比", rate, anchor,
                    counted, Term(paragraph, text, sentence, denominator, "分母"))
                {
                    OtherBases = all ? [(counted, counted with { })] : [],
                };
            }
        }

        return null;
    }

    /// <summary>
    /// "完成326.8公里，完成年度计划310公里的104.52%": the percentage of a plan printed right before it, over the same
    /// measure done just before in the sentence.
    /// </summary>
    private static RateStatement? PercentOfPlan(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, Anchor anchor)
    {
        var plan = numbers.LastOrDefault(n => n.Start >= sentence.Start && n.Start + n.Length <= rate.Start && n.Kind == UnitKind.Measure);
        if (plan is null || plan.Comparator != Comparator.None || text.AsSpan(plan.Start + plan.Length, rate.Start - plan.Start - plan.Length).Trim() is not "的"
            || !PlanWord().IsMatch(text.AsSpan(Math.Max(sentence.Start, plan.Start - 8), plan.Start - Math.Max(sentence.Start, plan.Start - 8))))
        {
            return null;
        }

        // Not an amount set beside it for comparison (较2022年的652.80万吨增长6.37%，完成年度目标720万吨的96.44%).
        var clauses = Splitter.Clauses(text);
        var done = numbers.LastOrDefault(n => n.Start >= sentence.Start && n.Start < plan.Start && n.Kind == UnitKind.Measure
            && n.MeasureWord == plan.MeasureWord && n.Comparator == Comparator.None
            && !ComparedAmount().IsMatch(text.AsSpan(Splitter.Containing(clauses, n.Start).Start, n.Start - Splitter.Containing(clauses, n.Start).Start)));
        return done is null ? null : new RateStatement(RateKind.Explicit, "完成比例", rate, anchor,
            Term(paragraph, text, sentence, done, "实际完成"), Term(paragraph, text, sentence, plan, "计划"));
    }

    /// <summary>"计划X…实际完成Y…完成率N%": plan and actual of the same measure in the same sentence.</summary>
    private static RateStatement? CompletionOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, string label, string name, Anchor anchor)
    {
        // A plan's 执行率 that is not the budget's (政府采购计划金额…，实际采购金额…，政府采购执行率…) is its completion too.
        if (!label.EndsWith("完成率", StringComparison.Ordinal) && !label.EndsWith("完成比例", StringComparison.Ordinal)
            && !label.EndsWith("执行率", StringComparison.Ordinal))
        {
            return null;
        }

        PrintedNumber? plan = null, actual = null;
        var clauses = Splitter.Clauses(text);
        var previousEnd = sentence.Start;
        // A plan's 执行率 is over its 预算 (政府采购预算640.00万元，实际采购612.40万元).
        var ofAPlan = label.EndsWith("执行率", StringComparison.Ordinal);
        foreach (var number in numbers.Where(n => n.Start >= sentence.Start && n.Start < rate.Start && n.Comparator == Comparator.None
            && (n.Kind == UnitKind.Measure || ProseFigureExtractor.IsMoneyLike(n))))
        {
            // The words since the number before, within the clause: 应编制单位45处中完成38处 plans 45 and completes 38.
            var lead = text[Math.Max(previousEnd, Splitter.Containing(clauses, number.Start).Start)..number.Start];
            previousEnd = number.Start + number.Length;
            if (PlanWord().IsMatch(lead) || (ofAPlan && lead.Contains("预算", StringComparison.Ordinal)))
            {
                plan = number;
            }
            else if (lead.Contains("完成", StringComparison.Ordinal) || lead.Contains("实际", StringComparison.Ordinal))
            {
                actual = number;
            }
        }

        if (plan is null || actual is null || AsAmount(plan).Kind != AsAmount(actual).Kind || plan.MeasureWord != actual.MeasureWord)
        {
            return null;
        }

        return new RateStatement(RateKind.Explicit, name, rate, anchor,
            Term(paragraph, text, sentence, AsAmount(actual), "实际完成"), Term(paragraph, text, sentence, AsAmount(plan), "计划"));
    }

    /// <summary>
    /// "其中：设备购置费846.20万元，占全年支出的73.93%" and "总预算2,400,000.00元，其中：中央补助资金1,200,000.00元，占50%":
    /// a share of money right after an amount, over what the share names (a figure of that role in the paragraph) or,
    /// for a bare 占, over the total the breakdown (其中) opened with. Without such a base nothing is recomputed.
    /// </summary>
    private static RateStatement? MoneyShareOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        IReadOnlyList<Figure> paragraphFigures, IReadOnlyList<Figure> earlierFigures, PrintedNumber rate, string label, Anchor anchor)
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
        var sentence = Splitter.Containing(Splitter.Sentences(text), rate.Start);
        SumTerm Numerator() => Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(numerator), "分子");
        if (statedBase is not null)
        {
            // 占衔接资金预算总额150,360.00万元的56.34%: the base is printed in the share itself.
            bases.Add(statedBase);
        }
        else if (named.Length >= 2 && NamedBase(text, numbers, share, numerator, named) is { } inParagraph)
        {
            // 基本支出1,412.66万元…人员经费1,236.09万元，占基本支出的87.50%: the amount stated under the very words the
            // share names is its base, never another figure of that role (the whole's 支出3,196.84).
            bases.Add(inParagraph);
        }
        else if (named.Length >= 2 && LatestNamed(earlierFigures, named) is { } earlier)
        {
            // 全年支出6,105.62万元 in an earlier paragraph, 占全年支出的60.29% in this one.
            return new RateStatement(RateKind.Explicit, label.Length > 1 ? label : "占比", rate, anchor, Numerator(),
                new SumTerm(ProseFigureExtractor.AsMoney(earlier.Number), "分母", earlier.Anchor));
        }
        else if (named.Length > 0 && RoleLexicon.Nearest(named) is { } role)
        {
            // Never the share's own amount read as a figure of that role (项目支出7,467.86万元，占总支出的86.89%), nor
            // a part named otherwise (项目支出3,719.45万元 is no base of 占全年支出的): the whole is named by the role
            // word alone or with a word of wholeness.
            bases.AddRange(paragraphFigures.Where(f => f.Role == role.Role && f.Number.Value >= numerator.Value
                && f.Anchor.Focus.Start != numerator.Start && !NamedAsAnotherPart(text, f.Anchor.Focus.Start, named)).Select(f => f.Number));
        }
        else if (named.Length == 0)
        {
            var sentenceStart = text.LastIndexOf('。', Math.Max(0, numerator.Start - 1)) + 1;
            var trigger = text.IndexOf("其中", sentenceStart, StringComparison.Ordinal);
            // …not a 其中 that details an earlier item, itself a share (基本支出2,864.35万元，占68.58%，其中人员经费…；项目支出
            // 1,312.48万元，占31.42%): its list ends at the ；.
            if (trigger > 0 && trigger < numerator.Start
                && numbers.LastOrDefault(n => n.Start >= sentenceStart && n.Start < trigger && ProseFigureExtractor.IsMoneyLike(n)) is { } total
                && !(text.AsSpan(total.Start, trigger - total.Start).Contains('占') && text.AsSpan(trigger, numerator.Start - trigger).IndexOfAny('；', ';') >= 0))
            {
                bases.Add(total);
            }
        }

        var pairs = bases.Where(b => b.Value > 0).Distinct().Select(b => (Numerator: Numerator(),
            Denominator: Term(paragraph, text, sentence, ProseFigureExtractor.AsMoney(b), "分母"))).ToList();
        return pairs.Count == 0 ? null : new RateStatement(RateKind.Explicit, label.Length > 1 ? label : "占比", rate, anchor, pairs[0].Numerator, pairs[0].Denominator)
        {
            OtherBases = pairs.Skip(1).ToList(),
        };
    }

    /// <summary>The latest money amount before the share that stands right after the words the share names.</summary>
    private static PrintedNumber? NamedBase(string text, IReadOnlyList<PrintedNumber> numbers, int share, PrintedNumber numerator, string named) =>
        numbers.LastOrDefault(n => n.Start < share && n.Start != numerator.Start && ProseFigureExtractor.IsMoneyLike(n)
            && n.Comparator == Comparator.None && StandsRightAfter(text, n.Start, named));

    /// <summary>
    /// How many earlier figures a named base is looked for among: a base is stated a few paragraphs up, and a bound
    /// keeps a document of many shares linear.
    /// </summary>
    private const int NamedBaseLookBack = 200;

    /// <summary>The latest figure of the text stated right after <paramref name="named"/>, nearest first.</summary>
    private static Figure? LatestNamed(IReadOnlyList<Figure> figures, string named)
    {
        for (var i = figures.Count - 1; i >= Math.Max(0, figures.Count - NamedBaseLookBack); i--)
        {
            if (!figures[i].InTable && StandsRightAfter(figures[i].Anchor.Text.Value, figures[i].Anchor.Focus.Start, named))
            {
                return figures[i];
            }
        }

        return null;
    }

    /// <summary>Whether the words just before <paramref name="at"/> (past 为, 是, 达, a colon) end in <paramref name="named"/>.</summary>
    private static bool StandsRightAfter(string text, int at, string named) =>
        text.AsSpan(0, at).TrimEnd("为是达共计：: ").EndsWith(named, StringComparison.Ordinal);

    /// <summary>
    /// Whether an amount is labelled as a part the share's base is not (基本支出, 项目支出, 人员经费 against 全年支出 or
    /// 总支出): its label is the role word qualified by other words than the named base has.
    /// </summary>
    private static bool NamedAsAnotherPart(string text, int at, string named)
    {
        var before = text.AsSpan(0, at).TrimEnd("为是达共计：: ");
        var match = PartLabel().Match(before[Math.Max(0, before.Length - 12)..].ToString());
        return match.Success && !named.Contains(match.Groups["part"].Value, StringComparison.Ordinal);
    }

    /// <summary>
    /// "培训2,046人次，…实现就业1,136人，就业率56.2%": a rate named X率 (or 满意度) right after a count, a score or an
    /// amount (the numerator), over a larger one of the same kind earlier in the sentence; every such number is a
    /// possible base.
    /// </summary>
    /// <remarks>
    /// The numerator's clause must say what the rate counts — the rate's stem (就业 for 就业率, 满意 for 满意度) or a
    /// word reports use for it (齐全 for 完整率, 定量 for 量化率, 时限内 for 及时率) — before or after the number:
    /// 培训1,652人次，培训考核合格率95.2% states no count of those who passed, so nothing is recomputed. A 完成率's
    /// numerator is any count not stated as the plan (新增学位1,140个，较计划1,200个少60个，完成率95.00%).
    /// </remarks>
    private static RateStatement? CountRatioOf(ParagraphBlock paragraph, string text, IReadOnlyList<PrintedNumber> numbers,
        TextRange sentence, PrintedNumber rate, string name, Anchor anchor)
    {
        var isSatisfaction = name.EndsWith("满意度", StringComparison.Ordinal);
        if ((!name.EndsWith('率') && !isSatisfaction) || name.Length < 3 || NotARatio().IsMatch(name))
        {
            return null;
        }

        // Numbers of the whole sentence, over ； too (培训2,046人次…；培训后实现就业1,136人，就业率56.2%).
        var sentenceStart = rate.Start == 0 ? 0 : text.LastIndexOf('。', rate.Start - 1) + 1;
        var counts = numbers.Where(n => n.Start >= Math.Min(sentenceStart, sentence.Start) && n.Start < rate.Start
            && n.Comparator == Comparator.None && KindOf(n) is not null).ToList();
        if (counts.Count < 2)
        {
            return null;
        }

        // The numerator is most likely in the clause just before the rate (…实现就业1,136人，就业率56.2%;
        // 其中634笔在受理后20个工作日内办结，办结率97.2%); every other pair of the same kind (smaller over larger) is
        // another reading.
        var last = counts[^1];
        var between = text[(last.Start + last.Length)..rate.Start];
        var clauseEnd = between.LastIndexOfAny(['，', ',']);
        // Another rate stated in between (办结39396件，办结提速58%，提前办结率99%) has taken that count.
        if (between.IndexOfAny(['。', '；', ';', '%', '％']) >= 0 || clauseEnd > 16 || between.Length - clauseEnd - 1 > name.Length + 4)
        {
            return null;
        }

        var stem = name[^3..^1];
        var clauses = Splitter.Clauses(text);
        var pairs = new List<(SumTerm Numerator, SumTerm Denominator)>();
        // A count before an earlier rate of the sentence is that rate's numerator (合格401份，水质检测合格率97.8%；126处
        // 工程全部通过验收，验收合格率100%); it may still be this rate's base (培训2,046人次，合格率98%；就业1,136人，就业率56.2%).
        var earlierRateEnd = numbers.LastOrDefault(n => n.Start >= Math.Min(sentenceStart, sentence.Start) && n.Start < rate.Start
            && n.Kind == UnitKind.Percent) is { } earlier ? earlier.Start + earlier.Length : -1;
        foreach (var numerator in counts.AsEnumerable().Reverse().Where(n => n.Start > earlierRateEnd
            && (Counts(text, Splitter.Containing(clauses, n.Start), stem, name[^1]) || (ReferenceEquals(n, last) && NamedPart(text, Splitter.Containing(clauses, n.Start), name)))))
        {
            // A count of work done is no base of a completion rate unless it is the plan (完成1,863.5公里日常养护，完成率
            // 100%；完成养护工程42.3公里，完成率94.00%: the first is another item's actual).
            foreach (var denominator in counts.Where(d => !ReferenceEquals(d, numerator) && KindOf(d) == KindOf(numerator)
                && d.Value >= numerator.Value && d.Value > 0
                && !(stem == "完成" && Splitter.Containing(clauses, d.Start) is var dc && text.AsSpan(dc.Start, d.Start - dc.Start).Contains("完成", StringComparison.Ordinal)
                    && !PlanWord().IsMatch(text[dc.Start..d.Start]))
                // An investment's completion (累计投资完成率) is over the investment (总投资, 概算), never the money received.
                && !(name.Contains("投资", StringComparison.Ordinal) && Splitter.Containing(clauses, d.Start) is var ic
                    && !InvestmentWord().IsMatch(text.AsSpan(ic.Start, d.Start - ic.Start)))))
            {
                pairs.Add((Term(paragraph, text, sentence, AsStated(numerator), "分子"), Term(paragraph, text, sentence, AsStated(denominator), "分母")));
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

    /// <summary>A bare 45万 of money read as 45万元, so that plan and actual divide in one unit; measures as printed.</summary>
    private static PrintedNumber AsAmount(PrintedNumber number) =>
        number.Kind == UnitKind.Measure ? number : ProseFigureExtractor.AsMoney(number);

    /// <summary>Scores are exact as printed: 满分15分 is 15, not 14.5–15.5.</summary>
    private static PrintedNumber AsStated(PrintedNumber number) => number.Kind == UnitKind.Points ? number with { IsExact = true } : number;

    /// <summary>What a number counts, for pairing: its measure word's first character, 分 for scores, money for amounts.</summary>
    private static string? KindOf(PrintedNumber number) => number.Kind switch
    {
        UnitKind.Measure when number.MeasureWord.Length > 0 => number.MeasureWord[..1],
        UnitKind.Points => "分",
        _ when ProseFigureExtractor.IsMoneyLike(number) => "元",
        _ => null,
    };

    /// <summary>Whether a clause says what the rate counts: its stem or a word for it, not the rate's own name.</summary>
    private static bool Counts(string text, TextRange clause, string stem, char rateEnd)
    {
        var words = StemWords.TryGetValue(stem, out var synonyms) ? synonyms : [stem];
        var span = text.AsSpan(clause.Start, clause.Length);
        if (stem == "完成")
        {
            return !PlanWord().IsMatch(span);
        }

        foreach (var word in words)
        {
            for (var at = span.IndexOf(word, StringComparison.Ordinal); at >= 0; at = NextIndex(span, word, at))
            {
                // 236个项目尚未办理资产确权登记 counts the others: the rate is not this count over the base.
                var after = at + word.Length;
                if ((after >= span.Length || (span[after] != rateEnd && span[after] != '率')) && !Negation().IsMatch(span[Math.Max(0, at - 6)..at]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "老人12,380人，其中接受中心服务4,680人，服务覆盖率37.80%": a 其中 part, right before the rate, that the rate's
    /// name speaks of (a word of two characters in common, 服务) is what it counts; 其中女性800人 beside 培训合格率 is not.
    /// </summary>
    private static bool NamedPart(string text, TextRange clause, string rateName)
    {
        var span = text.AsSpan(clause.Start, clause.Length).TrimStart();
        if (!span.StartsWith("其中", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = rateName.AsSpan(0, rateName.Length - 1);
        for (var i = 0; i + 2 <= stem.Length; i++)
        {
            if (span[2..].IndexOf(stem.Slice(i, 2), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> span, string word, int at)
    {
        var next = span[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    // Words reports use for what a rate counts, beside the rate's own stem.
    private static readonly Dictionary<string, string[]> StemWords = new(StringComparer.Ordinal)
    {
        ["量化"] = ["量化", "定量"],
        ["完整"] = ["完整", "齐全", "完备"],
        ["及时"] = ["及时", "按时", "按期", "时限内", "规定时间内", "规定期限内", "前完工", "前完成", "日内", "小时内"],
        ["合格"] = ["合格", "达标"],
        ["达标"] = ["达标", "合格"],
        ["满意"] = ["满意"],
        ["覆盖"] = ["覆盖", "纳入", "享受", "惠及"],
    };

    private static SumTerm Term(ParagraphBlock paragraph, string text, TextRange sentence, PrintedNumber number, string label) =>
        new(number, label, Anchor.ForText(paragraph.Location, paragraph.Text, Splitter.Containing(Splitter.Clauses(text), number.Start), new TextRange(number.Start, number.Length)));

    // 预算执行率, 资金执行率, 项目执行率, 资金使用率 — but not 政府采购执行率 or 设备使用率.
    [GeneratedRegex(@"(^|项目|预算|资金|支出|全年|年度|经费|整体|总体)(执行率|支出率|执行进度)$|资金(使用率|支出进度)$")]
    private static partial Regex ExecutionName();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,}项目(执行率|支出率|执行进度)$|(财政拨款|基本支出|项目支出|中央|省级|市级|县级|本级|专项)[\p{IsCJKUnifiedIdeographs}]{0,4}(预算)?(执行率|支出率)$")]
    private static partial Regex PartQualifiedExecution();

    [GeneratedRegex("(结转结余|结余结转|结转|结余)率$")]
    private static partial Regex CarryOverName();

    [GeneratedRegex("支出|兑付|支付|执行|使用|发放|拨付")]
    private static partial Regex SpentWord();

    [GeneratedRegex("到位")]
    private static partial Regex ReceivedWord();

    [GeneratedRegex("结转|结余|剩余|未支出|未使用")]
    private static partial Regex BalanceWord();

    [GeneratedRegex("资金|经费|预算|下达|安排|投资|收入")]
    private static partial Regex AllocationWord();

    // An amount of one source, one item or a comparison is not the whole the rate is of.
    [GeneratedRegex("^[^，,。；]{0,3}(全部|均|全都)")]
    private static partial Regex AllOfThem();

    [GeneratedRegex("其中|用于|占|较|比上年|上年|同比|人均|每|标准|其他")]
    private static partial Regex NotTheWhole();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{0,6}(率|占比|比例)$")]
    private static partial Regex RateName();

    [GeneratedRegex(@"(占比|占|比例|比重)$")]
    private static partial Regex ShareLabel();

    [GeneratedRegex("投资|概算")]
    private static partial Regex InvestmentWord();

    [GeneratedRegex("(较|比|与|同比|相比)[^，,]{0,12}$")]
    private static partial Regex ComparedAmount();

    // 项目支出 beside 基本支出 is a part; 项目实际支出 is a project's whole spending.
    [GeneratedRegex(@"(?<part>基本支出|项目支出|人员经费|公用经费|(中央|省级|市级|县级|本级|专项)[\p{IsCJKUnifiedIdeographs}]{0,2}(支出|经费|资金)|(上年|去年)[\p{IsCJKUnifiedIdeographs}]{0,2}支出)$")]
    private static partial Regex PartLabel();

    [GeneratedRegex("增长率|下降率|增速|同比|环比|满意率|利用率|使用率|执行率|到位率|支出率|结余率|出勤率|故障率|发生率|流失率")]
    private static partial Regex NotARatio();

    [GeneratedRegex("未|没有|不")]
    private static partial Regex Negation();

    [GeneratedRegex("计划|目标|任务|应|下达")]
    private static partial Regex PlanWord();
}
