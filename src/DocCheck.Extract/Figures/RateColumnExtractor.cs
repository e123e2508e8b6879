using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// A column of rates (到位率, 确权率, 得分率, 合格率…) whose formula the table itself shows: the pair of columns whose
/// quotient gives the printed rate on all rows but at most one in four is taken as the column's numerator and
/// denominator, and every row is stated with that pair.
/// </summary>
/// <remarks>
/// The formula is learned from the numbers, not guessed from the header's words, so it holds for any layout and any
/// name a report gives its columns (已确权项目 ÷ 形成资产项目, 得分 ÷ 分值, 实际到位 ÷ 预算安排). A formula is taken only
/// when at least three rows fit it exactly and two of them are not a trivial 100 % of equal columns; a row that does
/// not fit is stated only when no other pair of its columns gives its rate either, so a row computed on another base
/// is never called wrong. Rows the other table readers already stated are left to them.
/// <para>Whole numbers in such a table (分值 15, 形成资产项目 104) are read as exact: a formula learned from them fits
/// only when they are, and a weight of 15 read as 14.5–15.5 would let any score rate pass.</para>
/// </remarks>
public static partial class RateColumnExtractor
{
    private const int MinimumFits = 3;
    private const int MinimumInformativeFits = 2;

    /// <summary>Key offset of the columns that stand for a column's total-row value.</summary>
    private const int TotalColumn = 10_000;

    /// <summary>Adds the rates of every rate column of the table's rows <paramref name="firstRow"/> to <paramref name="rowLimit"/>.</summary>
    public static void Extract(TableBlock table, int firstRow, int rowLimit, ICollection<RateStatement> rates)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rates);
        HashSet<SourceLocation>? stated = null;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (RateColumnAt(table, column, firstRow, rowLimit) is not { } rateColumn)
            {
                continue;
            }

            stated ??= rates.Select(r => r.Anchor.Location).ToHashSet();
            foreach (var rate in Learn(table, rateColumn))
            {
                if (stated.Add(rate.Anchor.Location))
                {
                    rates.Add(rate);
                }
            }
        }
    }

    private static RateColumn? RateColumnAt(TableBlock table, int column, int firstRow, int rowLimit)
    {
        for (var header = firstRow; header < rowLimit - MinimumFits; header++)
        {
            if (ColumnCells.OwnCell(table, header, column) is not { } cell || cell.ColumnSpan != 1)
            {
                continue;
            }

            var name = Compaction.Compact(cell.Value);
            if (!RateHeader().IsMatch(name) || NotAQuotient().IsMatch(name))
            {
                continue;
            }

            var percentByHeader = name.Contains('%', StringComparison.Ordinal) || name.Contains('％', StringComparison.Ordinal);
            var rows = new List<(int Row, TableCell Cell, PrintedNumber Rate)>();
            for (var row = header + 1; row < rowLimit; row++)
            {
                if (ColumnCells.OwnCell(table, row, column) is not { IsEmpty: false } rateCell)
                {
                    continue;
                }

                if (NumberParser.ParseValue(rateCell.Value) is not { Comparator: Comparator.None } printed)
                {
                    break;
                }

                var rate = printed.Kind == UnitKind.None && percentByHeader ? NumberParser.WithUnit(printed, "%") : printed;
                if (rate.Kind == UnitKind.Percent)
                {
                    rows.Add((row, rateCell, rate));
                }
            }

            return rows.Count >= (ShareHeader().IsMatch(name) ? MinimumFits - 1 : MinimumFits) ? new RateColumn(header, column, name, rows) : null;
        }

        return null;
    }

    private static IEnumerable<RateStatement> Learn(TableBlock table, RateColumn rateColumn)
    {
        var operands = Enumerable.Range(0, table.ColumnCount).Where(c => c != rateColumn.Column)
            .ToDictionary(c => c, c => rateColumn.Rows.Select(r => Operand(table, r.Row, c)).ToArray());
        var numerators = operands.Keys.ToList();

        // A share (占比) is a row's amount over the total row's, wherever the total row stands (合计 first or last):
        // each column's total is offered as a denominator for every row.
        if (Enumerable.Range(0, table.RowCount).FirstOrDefault(r => TableFigureExtractor.IsTotalRow(table, r), -1) is var totalRow and >= 0)
        {
            foreach (var column in numerators)
            {
                if (Operand(table, totalRow, column) is { } total)
                {
                    operands[TotalColumn + column] = [.. rateColumn.Rows.Select(_ => total with { Label = "合计" })];
                }
            }
        }

        // A share column says its formula in its header (占总支出比例: each row over the total row), so a short table —
        // 合计 with two parts — needs one informative row to confirm it, not two.
        var isShare = ShareHeader().IsMatch(rateColumn.Name);
        var best = ((int Numerator, int Denominator)?)null;
        var bestFits = 0;
        var bestCompared = 0;
        foreach (var numerator in numerators)
        {
            foreach (var denominator in operands.Keys.Where(d => d != numerator))
            {
                var (fits, informative, compared) = Score(rateColumn, operands[numerator], operands[denominator]);
                var ofTotal = isShare && denominator >= TotalColumn;
                if (fits > bestFits && informative >= (ofTotal ? 1 : MinimumInformativeFits))
                {
                    (best, bestFits, bestCompared) = ((numerator, denominator), fits, compared);
                }
            }
        }

        // So does a completion column over a plan column and a done column (计划户数 | 完成户数 | 完成率): the header
        // names the formula the numbers confirm.
        var namedCompletion = best is { } named && named.Denominator < TotalColumn && CompletionHeader().IsMatch(rateColumn.Name)
            && DoneHeader().IsMatch(Header(table, rateColumn.Header, named.Numerator))
            && PlanHeader().IsMatch(Header(table, rateColumn.Header, named.Denominator));
        var minimumFits = (isShare && best is { Denominator: >= TotalColumn }) || namedCompletion ? MinimumFits - 1 : MinimumFits;
        if (best is not { } pair || bestFits < minimumFits || bestCompared - bestFits > Math.Max(1, bestCompared / 4))
        {
            yield break;
        }

        var numeratorName = Header(table, rateColumn.Header, pair.Numerator);
        var denominatorName = pair.Denominator >= TotalColumn ? "·合计" + Header(table, rateColumn.Header, pair.Denominator - TotalColumn)
            : Header(table, rateColumn.Header, pair.Denominator);
        for (var i = 0; i < rateColumn.Rows.Count; i++)
        {
            var (row, cell, rate) = rateColumn.Rows[i];
            if (operands[pair.Numerator][i] is not { } numerator || operands[pair.Denominator][i] is not { } denominator)
            {
                continue;
            }

            // A row that does not fit the column's formula but fits another pair of its own columns was computed on
            // another base: not this reader's to judge.
            if (!Fits(rate, numerator.Number, denominator.Number) && operands.Any(n => n.Value[i] is { } a
                && operands.Any(d => d.Key != n.Key && d.Value[i] is { } b && Fits(rate, a.Number, b.Number))))
            {
                continue;
            }

            var label = ColumnCells.RowLabel(table, row);
            yield return new RateStatement(RateKind.Explicit, label + rateColumn.Name, rate, Anchor.ForCell(cell),
                numerator with { Label = label + numeratorName },
                denominator with { Label = pair.Denominator >= TotalColumn ? denominatorName.TrimStart('·') : label + denominatorName });
        }
    }

    private static (int Fits, int Informative, int Compared) Score(RateColumn rateColumn, SumTerm?[] numerators, SumTerm?[] denominators)
    {
        int fits = 0, informative = 0, compared = 0;
        for (var i = 0; i < rateColumn.Rows.Count; i++)
        {
            if (numerators[i] is not { } numerator || denominators[i] is not { } denominator)
            {
                continue;
            }

            compared++;
            if (Fits(rateColumn.Rows[i].Rate, numerator.Number, denominator.Number))
            {
                fits++;
                informative += numerator.Number.Value != denominator.Number.Value ? 1 : 0;
            }
        }

        return (fits, informative, compared);
    }

    private static bool Fits(PrintedNumber rate, PrintedNumber numerator, PrintedNumber denominator) =>
        Interval.Divide(Interval.Of(numerator), Interval.Of(denominator)) is { } quotient
        && (quotient * 100m).Overlaps(Interval.Rounded(rate), 0.0000001m);

    private static SumTerm? Operand(TableBlock table, int row, int column) =>
        ColumnCells.OwnCell(table, row, column) is { IsEmpty: false } cell
        && NumberParser.ParseValue(cell.Value) is { Comparator: Comparator.None, Kind: UnitKind.None or UnitKind.Money or UnitKind.Measure or UnitKind.Points } number
        && number.Value >= 0
            ? new SumTerm(number.Decimals == 0 ? number with { IsExact = true } : number, string.Empty, Anchor.ForCell(cell))
            : null;

    private static string Header(TableBlock table, int headerRow, int column) =>
        ColumnCells.HeaderOf(table, headerRow, column) is { Length: > 0 } header ? "·" + header : string.Empty;

    // A rate column's header: …率, 占比, 比例, 比重, 满意度, with or without （%）.
    [GeneratedRegex(@"(率|占比|比例|比重|满意度)([(（](%|％)[)）])?$")]
    private static partial Regex RateHeader();

    [GeneratedRegex(@"(占比|比例|比重)([(（](%|％)[)）])?$")]
    private static partial Regex ShareHeader();

    // Rates that are not one column over another: growth over last year, rates per unit of time.
    [GeneratedRegex("增长|增幅|下降|降低|同比|环比|增速|变动|偏差|差异")]
    private static partial Regex NotAQuotient();

    private sealed record RateColumn(int Header, int Column, string Name, IReadOnlyList<(int Row, TableCell Cell, PrintedNumber Rate)> Rows);

    [GeneratedRegex("(完成率|完成比例|完成度)$")]
    private static partial Regex CompletionHeader();

    [GeneratedRegex("完成|实际|实现")]
    private static partial Regex DoneHeader();

    [GeneratedRegex("计划|目标|任务")]
    private static partial Regex PlanHeader();
}