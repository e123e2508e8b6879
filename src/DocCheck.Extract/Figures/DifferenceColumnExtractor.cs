using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// A column of balances (结余, 结转, 未支出, 差额, 未到位) whose formula the table itself shows: the pair of columns
/// whose difference gives the stated amount on all rows but at most one in four is taken as the column's formula, and
/// every row is stated with it (资金来源 | 预算数 | 到位数 | 实际支出 | 结余: 结余 = 到位数 − 实际支出 on each source's row).
/// </summary>
/// <remarks>
/// As for rate columns (<see cref="RateColumnExtractor"/>), the formula is learned from the numbers, never from the
/// header's words: two rows with a balance other than zero must fit it, or three of which one (a row of 0.00 fits any pair
/// of equal columns), and a row that does not fit is stated only when no other pair of its columns gives its
/// amount. A carry-over brought in from last year (上年结转) is a source, not a balance, and is not read.
/// </remarks>
public static partial class DifferenceColumnExtractor
{
    // A differences table is often short (中央 | 省级 | 县级 | 合计, most sources spent in full): two rows of non-zero
    // balances that fit exactly, to the cent, or three rows of which one is non-zero, are evidence enough; one more
    // row may then be the one that does not fit.
    private const int MinimumFits = 2;

    /// <summary>Adds the differences of every balance column of the table's rows before <paramref name="rowLimit"/>.</summary>
    public static void Extract(TableBlock table, int rowLimit, ICollection<DifferenceStatement> differences)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(differences);
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (BalanceColumnAt(table, column, rowLimit) is { } balanceColumn)
            {
                foreach (var difference in Learn(table, balanceColumn))
                {
                    differences.Add(difference);
                }
            }
        }
    }

    private static BalanceColumn? BalanceColumnAt(TableBlock table, int column, int rowLimit)
    {
        for (var header = 0; header < rowLimit - MinimumFits; header++)
        {
            if (ColumnCells.OwnCell(table, header, column) is not { ColumnSpan: 1 } cell)
            {
                continue;
            }

            var name = Compaction.Compact(cell.Value);
            if (!BalanceHeader().IsMatch(name) || CarriedIn().IsMatch(name))
            {
                continue;
            }

            var rows = new List<(int Row, SumTerm Stated)>();
            for (var row = header + 1; row < rowLimit; row++)
            {
                if (ColumnCells.OwnCell(table, row, column) is not { IsEmpty: false } stated)
                {
                    continue;
                }

                if (Amount(table, row, column) is not { } amount)
                {
                    break;
                }

                rows.Add((row, amount));
            }

            return rows.Count >= MinimumFits ? new BalanceColumn(header, column, cell.Text.Original.Trim(), rows) : null;
        }

        return null;
    }

    private static IEnumerable<DifferenceStatement> Learn(TableBlock table, BalanceColumn balance)
    {
        var operands = Enumerable.Range(0, table.ColumnCount).Where(c => c != balance.Column)
            .ToDictionary(c => c, c => balance.Rows.Select(r => Amount(table, r.Row, c)).ToArray());
        (int From, int Less)? best = null;
        int bestFits = 0, bestInformative = 0, bestCompared = 0;
        foreach (var minuendColumn in operands.Keys)
        {
            foreach (var subtrahendColumn in operands.Keys.Where(l => l != minuendColumn))
            {
                int fits = 0, informative = 0, compared = 0;
                for (var i = 0; i < balance.Rows.Count; i++)
                {
                    if (operands[minuendColumn][i] is not { } a || operands[subtrahendColumn][i] is not { } b)
                    {
                        continue;
                    }

                    compared++;
                    if (Fits(balance.Rows[i].Stated, a, b))
                    {
                        fits++;
                        informative += balance.Rows[i].Stated.Number.Value != 0 ? 1 : 0;
                    }
                }

                if (fits > bestFits && informative >= 1)
                {
                    (best, bestFits, bestInformative, bestCompared) = ((minuendColumn, subtrahendColumn), fits, informative, compared);
                }
            }
        }

        if (best is not { } pair || bestFits < MinimumFits || (bestInformative < 2 && bestFits < 3)
            || bestCompared - bestFits > Math.Max(1, bestCompared / 4))
        {
            yield break;
        }

        var fromName = ColumnCells.HeaderOf(table, balance.Header, pair.From);
        var lessName = ColumnCells.HeaderOf(table, balance.Header, pair.Less);
        for (var i = 0; i < balance.Rows.Count; i++)
        {
            var (row, stated) = balance.Rows[i];
            if (operands[pair.From][i] is not { } minuend || operands[pair.Less][i] is not { } subtrahend)
            {
                continue;
            }

            if (!Fits(stated, minuend, subtrahend) && operands.Any(a => a.Value[i] is { } x
                && operands.Any(b => b.Key != a.Key && b.Value[i] is { } y && Fits(stated, x, y))))
            {
                continue;
            }

            var label = ColumnCells.RowLabel(table, row);
            yield return new DifferenceStatement(label + "·" + balance.Name, stated with { Label = label + "·" + balance.Name },
                minuend with { Label = label + "·" + fromName }, subtrahend with { Label = label + "·" + lessName });
        }
    }

    private static bool Fits(SumTerm stated, SumTerm minuend, SumTerm subtrahend) =>
        (Interval.Of(minuend.Number) - Interval.Of(subtrahend.Number)).Overlaps(Interval.Of(stated.Number), 0.0000001m);

    private static SumTerm? Amount(TableBlock table, int row, int column) =>
        ColumnCells.OwnCell(table, row, column) is { IsEmpty: false } cell
        && NumberParser.ParseValue(cell.Value) is { Comparator: Comparator.None, Kind: UnitKind.None or UnitKind.Money } number
            ? new SumTerm(number, string.Empty, Anchor.ForCell(cell))
            : null;

    // A balance column's header: 结余, 结转, 未支出, 差额, 剩余, 未到位, with or without its unit.
    [GeneratedRegex(@"^(年末|期末)?(结余|结转|结转结余|结余结转|未支出|差额|剩余|未到位|未拨付)(资金|金额|数)?([(（](万元|元)[)）])?$")]
    private static partial Regex BalanceHeader();

    [GeneratedRegex("上年|以前年度|年初")]
    private static partial Regex CarriedIn();

    private sealed record BalanceColumn(int Header, int Column, string Name, IReadOnlyList<(int Row, SumTerm Stated)> Rows);
}
