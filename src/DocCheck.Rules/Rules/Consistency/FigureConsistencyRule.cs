using System.Text.RegularExpressions;
using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Consistency;

/// <summary>同一数据（预算、到位资金、支出、结余、综合得分、评价等级）在不同位置表述不一致。</summary>
/// <remarks>
/// Values are compared as intervals, so 45万元 and 450,000元 agree. Only figures of exactly the same role are
/// compared: an initial budget and an adjusted one may differ by design. A scoring table's total row is the sum
/// the table states and is checked by score.total-mismatch, not here. Values more than 25% apart are taken for
/// different quantities that share a label (a county's or a category's share of the spending), not one quantity
/// stated twice: a stated figure that disagrees with itself is a slip, a revision or a different base, all close.
/// </remarks>
public sealed partial class FigureConsistencyRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "figure.conflict", "同一数据前后表述不一致", RuleArea.Consistency, Severity.Error,
        "请核实该数据的准确值，统一报告正文与表格中的表述。");

    private static readonly FigureRole[] ComparedRoles =
        [FigureRole.BudgetInitial, FigureRole.BudgetAdjusted, FigureRole.Budget, FigureRole.FundsReceived, FigureRole.Spent, FigureRole.Balance];

    /// <summary>Values further apart than this share of the main value are different quantities.</summary>
    private const decimal MaxRelativeGap = 0.25m;

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conflicting = new HashSet<Anchor>();
        // Last year's carry-over: a budget or the money received is stated with it or without it (年度资金总额 1,220.00
        // over 当年财政拨款 1,200.00 and 上年结转资金 20.00, the text's 年初预算1,200.00万元).
        var carryOvers = context.Facts.Figures.Where(f => f.Role == FigureRole.CarryOverSource && f.Number.Value > 0).Select(f => f.Number).ToList();
        // Amounts the report itself gives as a part of a whole (其中：转移支付市县 5,320.00 | 4,979.53; 基本支出 and 项目支出
        // of a department's spending): stated again in the text (5个设区市合计下达5,320.00万元，实际支出4,979.53万元) or
        // totalled in a table of their own, they are that part, not the whole.
        // An adjustment's terms (年初预算 − 收回 + 追加) are no parts of the adjusted budget in this sense.
        var partsOnly = context.Facts.Sums.Where(s => s.Kind != SumKind.Adjustment).SelectMany(s => s.Parts.Where(p => p.Number.IsMoney && !Interval.Of(p.Number).Overlaps(Interval.Of(s.Total.Number))))
            .Select(p => Interval.Of(p.Number)).ToList();
        foreach (var role in ComparedRoles)
        {
            var stated = context.Facts.Figures.Where(f => f.Role == role && !partsOnly.Any(p => p.Overlaps(Interval.Of(f.Number))))
                .Select(f => (f.Number, f.Anchor)).ToList();
            var gaps = role is FigureRole.Spent or FigureRole.Balance ? [] : carryOvers;
            if (Compare(context, role.ToChinese(), stated, gaps) is { } finding)
            {
                conflicting.UnionWith(stated.Select(f => f.Anchor));
                yield return finding;
            }
        }

        foreach (var finding in TransposedAmounts(context, conflicting))
        {
            yield return finding;
        }

        foreach (var finding in TransposedCounts(context))
        {
            yield return finding;
        }

        var scores = context.Facts.TotalScores.Where(s => !s.InTable).Select(s => (s.Score, s.Anchor)).ToList();
        if (Compare(context, "综合得分", scores, []) is { } scoreFinding)
        {
            yield return scoreFinding;
        }

        var grades = context.Facts.Grades;
        if (grades.Count > 1)
        {
            var distinct = grades.GroupBy(g => g.Grade).Select(g => g.First()).ToList();
            if (distinct.Count > 1)
            {
                var claimed = string.Join(" / ", distinct.Select(g => g.Printed));
                var places = string.Join("，", distinct.Select(g => $"{g.Anchor.Location.Describe()}为“{g.Printed}”"));
                yield return context.Report("评价等级", $"评价等级前后不一致：{places}。", claimed, null,
                    distinct.Select(g => g.Anchor.ToEvidence("评价等级")));
            }
            else
            {
                context.Passed("评价等级");
            }
        }
    }

    /// <summary>
    /// A count stated several times one way and once with its digits transposed, about the same thing (完成52所学校 …
    /// 完成25所学校): a slip. Only transpositions are taken: reports state many different counts of one measure word.
    /// </summary>
    private static IEnumerable<Finding> TransposedCounts(RuleContext context)
    {
        // Counts of the same thing (所 of 学校), each key the measure word and one word the count is of.
        var byThing = context.Facts.Counts.Where(c => c.Number.Value >= MinimumTransposedCount)
            .SelectMany(c => c.Context.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Key: c.Number.MeasureWord + "|" + word, Count: c)))
            .GroupBy(p => p.Key, p => p.Count);
        var reported = new HashSet<CountMention>();
        foreach (var thing in byThing)
        {
            var byValue = thing.Distinct().GroupBy(c => c.Number.Value).ToList();
            // Only counts with the same digits can be transpositions: looked up, not compared with every other value.
            var onceByDigits = byValue.Where(v => v.Count() == 1).ToLookup(v => SortedDigits(v.First().Number));
            foreach (var main in byValue.Where(v => v.Count() >= 2))
            {
                foreach (var odd in onceByDigits[SortedDigits(main.First().Number)].Where(v => IsTransposition(v.First().Number, main.First().Number)))
                {
                    // 13个二级指标和31个三级指标 in one sentence are two quantities, not one written twice.
                    var slip = odd.First();
                    if (main.All(m => m.Anchor.Location.Block == slip.Anchor.Location.Block) || !reported.Add(slip))
                    {
                        continue;
                    }

                    var subject = $"数量（{slip.Number.MeasureWord}）";
                    var places = $"{main.First().Anchor.Location.Describe()}等{main.Count()}处为{main.First().Number.Printed}，{slip.Anchor.Location.Describe()}为{slip.Number.Printed}";
                    yield return context.Report(subject, $"同一数量前后表述不一致：{places}，疑为数字颠倒。",
                        slip.Number.Printed, main.First().Number.Printed,
                        main.Take(3).Select(m => m.Anchor.ToEvidence("数量")).Prepend(slip.Anchor.ToEvidence("不一致的数量")));
                }
            }
        }
    }

    /// <summary>
    /// An amount stated in two places with its digits in another order in one (2,105.30 and 2,015.30; 586.00 as the
    /// text's 年初预算, 568.00 in the 自评表), about the same subject: figures of one role family (the budget however
    /// qualified, receipts, spending, balance, an addition, a recovery, a transfer), or amounts under the same label (校舍维修改造工程支出 in two sections).
    /// Amounts of other subjects that happen to share digits, and amounts in one paragraph or table (年初 586, 调整后
    /// 568 may be an adjustment), are left alone. Neither place can be told to be the slip: both are quoted.
    /// </summary>
    private static IEnumerable<Finding> TransposedAmounts(RuleContext context, HashSet<Anchor> conflicting)
    {
        var amounts = context.Facts.Figures.Select(f => new LabelledAmount(f.Number, Family(f.Role), LabelKey(f.Label), f.Anchor))
            .Concat(context.Facts.Sums.SelectMany(s => s.Parts.Prepend(s.Total))
                .Where(t => t.Number.IsMoney)
                .Select(t => new LabelledAmount(t.Number, FamilyOfLabel(LabelKey(t.Label)), LabelKey(t.Label), t.Anchor)))
            .Concat(ProseAmounts(context))
            .Concat(TableAmounts(context))
            .Where(a => a.Number.Comparator == Comparator.None && DigitCount(a.Number) >= MinimumTransposedDigits && !conflicting.Contains(a.Anchor))
            // An amount read several ways (a role's figure 实际支出, a sum's part 乡村建设, a table row under its column
            // 乡村建设实际支出) keeps every label: the other place may name it by any of them.
            .DistinctBy(a => (a.Anchor.Location, a.Anchor.Focus.Start, a.Family, a.Label))
            .ToList();
        var reported = new HashSet<(Core.Documents.SourceLocation, Core.Documents.SourceLocation)>();
        // Only amounts with the same digits can be transpositions of each other: compare within those groups.
        // In reading order, so that each finding quotes the earlier place first.
        amounts = [.. amounts.OrderBy(a => a.Anchor.Location.Block).ThenBy(a => a.Anchor.Focus.Start)];
        // Values are compared, not places: one finding per pair of values (the first two places that fit), so that an
        // amount stated in many places costs no more than once and a document of thousands of amounts stays linear.
        foreach (var group in amounts.GroupBy(a => SortedDigits(a.Number)).Select(g => g.ToList()).Where(g => g.Count > 1))
        {
            var byValue = group.GroupBy(a => a.Number.Value).Select(g => g.ToList()).ToList();
            foreach (var (first, second) in Pairs(byValue))
            {
                if (!IsTransposition(first[0].Number, second[0].Number)
                    || FirstFitting(first, second) is not var (a, b)
                    || !reported.Add((a.Anchor.Location, b.Anchor.Location)))
                {
                    continue;
                }

                var subject = a.Family ?? b.Family ?? a.Label;
                yield return context.Report(subject,
                    $"同一金额前后表述不一致：{a.Anchor.Location.Describe()}为{a.Number.Printed}，{b.Anchor.Location.Describe()}为{b.Number.Printed}，两数数字相同而顺序不同，疑为数字颠倒。",
                    $"{a.Number.Printed} / {b.Number.Printed}", null, [a.Anchor.ToEvidence(subject), b.Anchor.ToEvidence(subject)]);
            }
        }
    }

    /// <summary>
    /// Every amount of the running text with the words just before it (其中基本支出612.48万元 → 基本支出), for amounts
    /// no role or sum took: the same item stated in the text and in a table is the same subject by its name.
    /// </summary>
    private static IEnumerable<LabelledAmount> ProseAmounts(RuleContext context)
    {
        foreach (var paragraph in context.Facts.Document.Paragraphs.Where(p => !p.IsHeading))
        {
            var text = paragraph.Text.Value;
            var numbers = NumberParser.FindAll(text);
            if (numbers.Count == 0)
            {
                continue;
            }

            var clauses = Splitter.Clauses(text);
            var previousEnd = 0;
            foreach (var number in numbers)
            {
                var clause = Splitter.Containing(clauses, number.Start);
                var start = Math.Max(clause.Start, previousEnd);
                previousEnd = number.Start + number.Length;
                if (number.Kind != UnitKind.Money || start >= number.Start)
                {
                    continue;
                }

                // A label that ends in a role's keyword (形成结余, 其中基本支出) is of that role's family, however
                // qualified: the same amount stated as the balance elsewhere is the same subject.
                var label = LabelKey(text[start..number.Start]);
                var family = FamilyOfLabel(label);
                if (label.Length >= 3 || family is not null)
                {
                    var anchor = Anchor.ForText(paragraph.Location, paragraph.Text, clause, new TextRange(number.Start, number.Length));
                    yield return new LabelledAmount(number, family, Nearest(label), anchor);
                }
            }
        }
    }

    /// <summary>Every amount in a table with its row's name (一、基本支出 | 612.48).</summary>
    private static IEnumerable<LabelledAmount> TableAmounts(RuleContext context)
    {
        foreach (var table in context.Facts.Document.Tables)
        {
            for (var row = 0; row < table.RowCount; row++)
            {
                // A total row (合计 | … | 9,125.30) states its column's whole: the column names it (实际支出).
                var total = TotalRowLabel().IsMatch(ColumnCells.RowLabel(table, row));
                var rowLabel = total ? string.Empty : LabelKey(ColumnCells.RowLabel(table, row));
                if (!total && rowLabel.Length < 2)
                {
                    continue;
                }

                // The row names the item, the column what is stated of it (产业发展类 | 实际支出 71,470.26).
                foreach (var cell in table.RowCells(row).Where(c => c.Row == row && !c.IsEmpty))
                {
                    if (NumberParser.ParseValue(cell.Value) is { Kind: UnitKind.Money or UnitKind.None, Decimals: > 0 } number)
                    {
                        var header = LabelKey(ColumnCells.HeaderOf(table, 0, cell.Column));
                        var named = RoleLexicon.Nearest(header) is not null;
                        if (total && !named)
                        {
                            continue;
                        }

                        var label = rowLabel + (named ? header : string.Empty);
                        yield return new LabelledAmount(number, FamilyOfLabel(total ? header : rowLabel), Nearest(label), Anchor.ForCell(cell));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The role family a label ends in (形成结余, 其中基本支出, 支出合计), however qualified: the same amount stated as
    /// the balance elsewhere is the same subject. Null when the label ends in no role's keyword.
    /// </summary>
    private static string? FamilyOfLabel(string label)
    {
        var name = TotalSuffix().Replace(label, string.Empty);
        return name.Length > 0 && RoleLexicon.Nearest(name) is { } hit && hit.Position + hit.Keyword.Length == name.Length ? Family(hit.Role) : null;
    }

    [GeneratedRegex(@"^\s*(合\s*计|总\s*计|小\s*计|共\s*计)")]
    private static partial Regex TotalRowLabel();

    // LabelKey drops 计 with the other connecting characters (共计), so 支出合计 arrives as 支出合.
    [GeneratedRegex("(合计?|总计?|小计?|总额|金额|数)$")]
    private static partial Regex TotalSuffix();

    /// <summary>The words of a label nearest the amount are its name; a whole clause before it is not.</summary>
    private const int MaxLabelLength = 8;

    private static string Nearest(string label) => label.Length > MaxLabelLength ? label[^MaxLabelLength..] : label;

    /// <summary>
    /// The first two places, one of each value, in different blocks and about the same subject, earlier place first;
    /// null when none fit.
    /// </summary>
    private static (LabelledAmount Earlier, LabelledAmount Later)? FirstFitting(List<LabelledAmount> first, List<LabelledAmount> second)
    {
        foreach (var x in first)
        {
            foreach (var y in second)
            {
                if (x.Anchor.Location.Block != y.Anchor.Location.Block && SameSubject(x, y))
                {
                    return (x.Anchor.Location.Block, x.Anchor.Focus.Start).CompareTo((y.Anchor.Location.Block, y.Anchor.Focus.Start)) <= 0 ? (x, y) : (y, x);
                }
            }
        }

        return null;
    }

    private static IEnumerable<(T First, T Second)> Pairs<T>(List<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                yield return (items[i], items[j]);
            }
        }
    }

    private static string SortedDigits(PrintedNumber number) => new([.. number.Printed.Where(char.IsAsciiDigit).Order()]);

    private static bool SameSubject(LabelledAmount a, LabelledAmount b) =>
        (a.Family is not null && a.Family == b.Family)
        || (a.Label.Length >= 3 && b.Label.Length >= 3 && (a.Label.Contains(b.Label, StringComparison.Ordinal) || b.Label.Contains(a.Label, StringComparison.Ordinal)));

    /// <summary>The role family amounts of which must agree wherever stated: a budget however qualified is one.</summary>
    private static string? Family(FigureRole role) => role switch
    {
        FigureRole.Budget or FigureRole.BudgetInitial or FigureRole.BudgetAdjusted => "预算",
        FigureRole.FundsReceived => FigureRole.FundsReceived.ToChinese(),
        FigureRole.Spent => FigureRole.Spent.ToChinese(),
        FigureRole.Balance => FigureRole.Balance.ToChinese(),
        FigureRole.Added or FigureRole.Recovered or FigureRole.Transferred => role.ToChinese(),
        _ => null,
    };

    /// <summary>A label without its numbering, units and connecting words: 校舍维修改造工程支出.</summary>
    private static string LabelKey(string label) =>
        new(label.Where(c => char.IsLetter(c) && !"其中共计为的了元万亿年度月日类".Contains(c, StringComparison.Ordinal)).ToArray());

    private static int DigitCount(PrintedNumber number) => number.Printed.Count(char.IsAsciiDigit);

    /// <summary>Amounts with fewer digits share them by chance too often (45 and 54).</summary>
    private const int MinimumTransposedDigits = 4;

    private sealed record LabelledAmount(PrintedNumber Number, string? Family, string Label, Anchor Anchor);

    /// <summary>Counts below this are too often equal by chance (12 and 21 rooms).</summary>
    private const decimal MinimumTransposedCount = 10m;

    /// <summary>Whether two printed numbers hold the same digits in another order (1,386.50 and 1,368.50).</summary>
    private static bool IsTransposition(PrintedNumber a, PrintedNumber b)
    {
        var x = new string(a.Printed.Where(char.IsAsciiDigit).ToArray());
        var y = new string(b.Printed.Where(char.IsAsciiDigit).ToArray());
        return x.Length >= 2 && x.Length == y.Length && x != y && x.Order().SequenceEqual(y.Order());
    }

    private static Finding? Compare(RuleContext context, string subject, List<(PrintedNumber Number, Anchor Anchor)> stated, List<PrintedNumber> allowedGaps)
    {
        if (stated.Count < 2)
        {
            return null;
        }

        // Cluster values whose intervals meet; more than one cluster is a conflict. Swept in order of value, so that a
        // report stating thousands of amounts is clustered in n log n; each cluster keeps the reading order.
        var swept = new List<List<(int Order, (PrintedNumber Number, Anchor Anchor) Item)>>();
        var reach = decimal.MinValue;
        foreach (var (order, item, interval) in stated
            .Select((item, order) => (order, item, Interval.Of(item.Number).Widen(Tolerance.Epsilon + context.Rule.Tolerance * item.Number.Scale)))
            .OrderBy(x => x.Item3.Low))
        {
            if (swept.Count == 0 || interval.Low > reach)
            {
                swept.Add([]);
                reach = interval.High;
            }

            swept[^1].Add((order, item));
            reach = Math.Max(reach, interval.High);
        }

        var clusters = swept.Select(c => c.OrderBy(m => m.Order).ToList()).OrderBy(c => c[0].Order)
            .Select(c => c.Select(m => m.Item).ToList()).ToList();

        if (clusters.Count == 1)
        {
            context.Passed(subject);
            return null;
        }

        // Keep the clusters close to the most stated value, or its digits transposed (2,860.00 written 8,260.00);
        // far-off values are other quantities.
        var main = clusters.OrderByDescending(c => c.Count).ThenBy(c => c[0].Anchor.Location.Block).First();
        var reference = Math.Abs(main[0].Number.Value);
        clusters = clusters.Where(c => reference == 0 || Math.Abs(c[0].Number.Value - reference) <= MaxRelativeGap * reference
            || IsTransposition(c[0].Number, main[0].Number)).ToList();
        if (clusters.Count == 1)
        {
            context.Passed(subject);
            return null;
        }

        // Values apart by exactly last year's carry-over are the same money with or without it.
        if (clusters.All(c => c == main || allowedGaps.Any(gap => (Interval.Of(c[0].Number) - Interval.Of(main[0].Number)).Overlaps(Interval.Of(gap), Tolerance.Epsilon)
            || (Interval.Of(main[0].Number) - Interval.Of(c[0].Number)).Overlaps(Interval.Of(gap), Tolerance.Epsilon))))
        {
            context.Passed(subject);
            return null;
        }

        // Three or more values each stated once are a list of different things (四个项目各自的总投资), not one
        // figure stated inconsistently.
        if (clusters.Count > 2 && clusters.All(c => c.Count == 1))
        {
            context.Passed(subject);
            return null;
        }

        var firsts = clusters.Select(c => c[0]).ToList();
        var claimed = string.Join(" / ", firsts.Select(f => f.Number.Printed));
        var places = string.Join("，", firsts.Select(f => $"{f.Anchor.Location.Describe()}为{f.Number.Printed}"));
        return context.Report(subject, $"{subject}前后表述不一致：{places}。", claimed, null,
            clusters.SelectMany(c => c).Select(f => f.Anchor.ToEvidence(subject)));
    }
}
