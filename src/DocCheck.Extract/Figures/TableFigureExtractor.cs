using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// Finds money figures in tables that are not indicator tables: label–value pairs (计划投资额（万元）| 670.64),
/// header rows over amounts (年初预算数 | 全年预算数 | 全年执行数 with 年度资金总额 and its 其中 rows),
/// and 合计 / 小计 rows over the rows they total.
/// </summary>
public static partial class TableFigureExtractor
{
    /// <summary>Collects figures and sums from rows [0, <paramref name="rowLimit"/>) of a table.</summary>
    public static void Extract(TableBlock table, int rowLimit, string? defaultMoneyUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, ICollection<BudgetExecution> executions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(executions);
        var tableUnit = TableUnit(table) ?? defaultMoneyUnit;
        var used = new HashSet<TableCell>(ReferenceEqualityComparer.Instance);
        ExtractHeaderBlocks(table, rowLimit, tableUnit, figures, sums, executions, used);
        ExtractLabelValuePairs(table, rowLimit, tableUnit, figures, sums, used);
        ExtractTotalRows(table, rowLimit, tableUnit, sums);
    }

    /// <summary>A unit stated for the whole table: 单位：万元 in a cell, or （万元） in its first cell.</summary>
    internal static string? TableUnit(TableBlock table)
    {
        foreach (var cell in table.Cells)
        {
            var match = UnitNote().Match(cell.Value);
            if (match.Success)
            {
                return match.Groups["unit"].Value;
            }
        }

        return null;
    }

    private static void ExtractHeaderBlocks(TableBlock table, int rowLimit, string? tableUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, ICollection<BudgetExecution> executions, HashSet<TableCell> used)
    {
        for (var r = 0; r < rowLimit - 1; r++)
        {
            var columns = new Dictionary<int, (FigureRole Role, string Label, string? Unit)>();
            int? weightColumn = null, rateColumn = null, scoreColumn = null;
            string? rowUnit = null;
            // Cheap test first: a header row names at least two roles.
            var cellsOfRow = table.RowCells(r);
            if (cellsOfRow.Count(c => c.Value.Length <= 20 && RoleLexicon.Nearest(c.Value) is not null) < 2)
            {
                continue;
            }

            foreach (var cell in cellsOfRow)
            {
                if (NumberParser.FindAll(cell.Value).Any(n => n.Kind is not (UnitKind.Year or UnitKind.DatePart)))
                {
                    continue;
                }

                var value = Compaction.Compact(cell.Value);
                rowUnit ??= NumberParser.UnitFromHeader(value);

                if (value.Contains("执行率", StringComparison.Ordinal))
                {
                    rateColumn = cell.Column;
                }
                else if (value is "分值" or "权重" or "满分")
                {
                    weightColumn = cell.Column;
                }
                else if (value is "得分" or "自评得分" or "评分")
                {
                    scoreColumn = cell.Column;
                }
                else if (RoleLexicon.Nearest(value) is { } role && value.Length <= 12 && !IsSourceLabel(value))
                {
                    columns[cell.Column] = (role.Role, cell.Text.Original.Trim(), NumberParser.UnitFromHeader(value));
                }
            }

            if (columns.Count < 2)
            {
                continue;
            }

            // The totals: a row labelled as a total (年度资金总额, 合计), or the only row of amounts. Rows per source
            // (中央 / 省 / 市) or per category are parts, never totals.
            var totalRow = -1;
            var sourcesAbove = false;
            var dataRows = 0;
            for (var t = r + 1; t < rowLimit; t++)
            {
                var rowLabel = Compaction.Compact(RowLabel(table, t));
                if (IsTotalRow(table, t) || TotalAmountLabel().IsMatch(rowLabel))
                {
                    totalRow = t;
                    break;
                }

                if (!table.RowCells(t).Any(c => NumberParser.ParseValue(c.Value) is not null))
                {
                    break;
                }

                sourcesAbove |= IsSourceLabel(rowLabel);
                dataRows++;
            }

            if (totalRow < 0 && dataRows == 1)
            {
                totalRow = r + 1;
                sourcesAbove = false;
            }

            if (totalRow < 0)
            {
                continue;
            }

            var unit = rowUnit ?? tableUnit;
            var totalFigures = new Dictionary<int, SumTerm>();
            foreach (var (column, (role, label, headerUnit)) in columns)
            {
                if (table.At(totalRow, column) is { } cell && cell.Row == totalRow
                    && NumberParser.ParseValue(cell.Value, headerUnit ?? unit) is { } number && IsAmount(number))
                {
                    var money = ProseFigureExtractor.AsMoney(MoneyOrUnit(number, headerUnit ?? unit));
                    figures.Add(new Figure(role, money, label, Anchor.ForCell(cell), InTable: true));
                    totalFigures[column] = new SumTerm(money, label, Anchor.ForCell(cell));
                    used.Add(cell);
                }
            }

            // A total row below its sources is summed by ExtractTotalRows; only 其中 rows below a total are handled here.
            if (sourcesAbove)
            {
                totalFigures.Clear();
            }

            if (totalFigures.Count == 0)
            {
                continue;
            }

            if (weightColumn is not null || rateColumn is not null || scoreColumn is not null)
            {
                executions.Add(ExecutionFrom(table, totalRow, weightColumn, rateColumn, scoreColumn));
            }

            // 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows below the total.
            var partRows = new List<int>();
            for (var p = totalRow + 1; p < rowLimit && IsSourceLabel(Compaction.Compact(RowLabel(table, p))); p++)
            {
                partRows.Add(p);
            }

            foreach (var (column, total) in totalFigures)
            {
                var parts = new List<SumTerm>();
                foreach (var p in partRows)
                {
                    if (table.At(p, column) is { } cell && cell.Row == p && NumberParser.ParseValue(cell.Value, columns[column].Unit ?? unit) is { } number && IsAmount(number))
                    {
                        parts.Add(new SumTerm(ProseFigureExtractor.AsMoney(MoneyOrUnit(number, columns[column].Unit ?? unit)),
                            RowLabel(table, p).Trim(), Anchor.ForCell(cell)));
                    }
                }

                if (parts.Count >= 2)
                {
                    sums.Add(new SumStatement(columns[column].Label + "（资金来源）", SumKind.TableSources, total, parts));
                }
            }

            r = totalRow;
        }
    }

    private static BudgetExecution ExecutionFrom(TableBlock table, int row, int? weightColumn, int? rateColumn, int? scoreColumn)
    {
        (PrintedNumber? Number, Anchor? Anchor) Read(int? column)
        {
            if (column is { } c && table.At(row, c) is { } cell && cell.Row == row && NumberParser.ParseValue(cell.Value) is { } number)
            {
                return (number, Anchor.ForCell(cell));
            }

            return (null, null);
        }

        var weight = Read(weightColumn);
        weight = (weight.Number is null ? null : weight.Number with { IsExact = true }, weight.Anchor);
        var rate = Read(rateColumn);
        var score = Read(scoreColumn);
        score = (score.Number is null ? null : score.Number with { IsExact = true }, score.Anchor);
        var rateNumber = rate.Number is { Kind: UnitKind.None } bare ? NumberParser.WithUnit(bare, "%") : rate.Number;
        return new BudgetExecution(weight.Number, rateNumber, score.Number, RowLabel(table, row).Trim(), weight.Anchor, rate.Anchor, score.Anchor);
    }

    private static void ExtractLabelValuePairs(TableBlock table, int rowLimit, string? tableUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, HashSet<TableCell> used)
    {
        for (var r = 0; r < rowLimit; r++)
        {
            var cells = table.RowCells(r);
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var labelCell = cells[i];
                var valueCell = cells[i + 1];
                var label = Compaction.Compact(labelCell.Value);
                if (used.Contains(valueCell) || label.Length is 0 or > 20 || IsSourceLabel(label) || valueCell.Row != r
                    || RoleLexicon.Nearest(label) is not { } role || HasDigits(label))
                {
                    continue;
                }

                var unit = NumberParser.UnitFromHeader(label) ?? tableUnit;
                if (NumberParser.ParseValue(valueCell.Value, unit) is not { } number || !IsAmount(number))
                {
                    continue;
                }

                var money = ProseFigureExtractor.AsMoney(MoneyOrUnit(number, unit));
                figures.Add(new Figure(role.Role, money, labelCell.Text.Original.Trim(), Anchor.ForCell(valueCell), InTable: true));
                used.Add(valueCell);

                // Fund sources listed under the label in the same columns (其中：中央财政 / 省财政 / 市县财政 / 其他).
                var parts = new List<SumTerm>();
                var sourceRows = 0;
                for (var p = labelCell.Row + labelCell.RowSpan; p < rowLimit; p++)
                {
                    var partLabel = table.At(p, labelCell.Column);
                    if (partLabel is null || partLabel.Column != labelCell.Column || !IsSourceLabel(Compaction.Compact(partLabel.Value)))
                    {
                        break;
                    }

                    sourceRows++;
                    if (table.At(p, valueCell.Column) is { } partCell && partCell.Row == p && !ReferenceEquals(partCell, partLabel)
                        && NumberParser.ParseValue(partCell.Value, unit) is { } partNumber && IsAmount(partNumber))
                    {
                        parts.Add(new SumTerm(ProseFigureExtractor.AsMoney(MoneyOrUnit(partNumber, unit)), partLabel.Text.Original.Trim(), Anchor.ForCell(partCell)));
                    }
                }

                if (sourceRows >= 2 && parts.Count >= 1)
                {
                    sums.Add(new SumStatement(labelCell.Text.Original.Trim() + "（资金来源）", SumKind.TableSources,
                        new SumTerm(money, labelCell.Text.Original.Trim(), Anchor.ForCell(valueCell)), parts));
                }
            }
        }
    }

    private static void ExtractTotalRows(TableBlock table, int rowLimit, string? tableUnit, ICollection<SumStatement> sums)
    {
        var headerRow = -1;
        for (var r = 0; r < rowLimit; r++)
        {
            if (table.RowCells(r).All(c => NumberParser.ParseValue(c.Value) is null) && !IsTotalRow(table, r))
            {
                headerRow = r;
                continue;
            }

            if (!IsTotalRow(table, r))
            {
                continue;
            }

            var label = TotalRowLabel(table, r);
            var isSubtotal = label.Contains("小计", StringComparison.Ordinal);
            var firstPart = headerRow + 1;
            var hasSubtotals = false;
            for (var p = r - 1; p > headerRow; p--)
            {
                var partLabel = TotalRowLabel(table, p);
                if (IsTotalRow(table, p))
                {
                    if (isSubtotal || !partLabel.Contains("小计", StringComparison.Ordinal))
                    {
                        firstPart = p + 1;
                        break;
                    }

                    hasSubtotals = true;
                }
            }

            foreach (var totalCell in table.RowCells(r))
            {
                var header = headerRow >= 0 ? table.TextAt(headerRow, totalCell.Column) : string.Empty;
                var printedHeader = headerRow >= 0 ? table.At(headerRow, totalCell.Column)?.Text.Original.Trim() ?? string.Empty : string.Empty;
                var unit = NumberParser.UnitFromHeader(Compaction.Compact(header)) ?? tableUnit;
                if (totalCell.Row != r || NumberParser.ParseValue(totalCell.Value, unit) is not { } total || IsRateColumn(header))
                {
                    continue;
                }

                var parts = new List<SumTerm>();
                for (var p = firstPart; p < r; p++)
                {
                    if (hasSubtotals && !isSubtotal && IsTotalRow(table, p))
                    {
                        continue;
                    }

                    if (table.At(p, totalCell.Column) is { } cell && cell.Row == p && cell.Column == totalCell.Column
                        && NumberParser.ParseValue(cell.Value, unit) is { } part)
                    {
                        parts.Add(new SumTerm(MoneyOrUnit(part, unit), RowLabel(table, p).Trim(), Anchor.ForCell(cell)));
                    }
                }

                if (parts.Count >= 2 && parts.All(p => SameKind(p.Number, total)))
                {
                    var rowName = RowLabel(table, r).Trim();
                    rowName = Compaction.Compact(rowName) == label ? rowName : rowName + label;
                    var subject = printedHeader.Length > 0 ? $"{rowName}（{printedHeader}）" : rowName;
                    sums.Add(new SumStatement(subject, SumKind.TableTotalRow, new SumTerm(MoneyOrUnit(total, unit), rowName, Anchor.ForCell(totalCell)), parts));
                }
            }
        }
    }

    private static bool SameKind(PrintedNumber a, PrintedNumber b) => a.Kind == b.Kind && a.MeasureWord == b.MeasureWord;

    private static bool IsRateColumn(string header) =>
        header.Contains('率', StringComparison.Ordinal) || header.Contains("单价", StringComparison.Ordinal)
        || header.Contains("标准", StringComparison.Ordinal) || header.Contains("序号", StringComparison.Ordinal);

    private static PrintedNumber MoneyOrUnit(PrintedNumber number, string? unit) =>
        number.Unit.Length == 0 && unit is { Length: > 0 } ? NumberParser.WithUnit(number, unit) : number;

    private static bool IsAmount(PrintedNumber number) =>
        number.Comparator == Comparator.None && number.Kind is UnitKind.Money or UnitKind.None;

    /// <summary>The row's own first label: cells merged down from a row above are group labels, not this row's.</summary>
    private static string RowLabel(TableBlock table, int row)
    {
        var cells = table.RowCells(row);
        foreach (var cell in cells)
        {
            if (!cell.IsEmpty && cell.Row == row)
            {
                return cell.Text.Original;
            }
        }

        return cells.FirstOrDefault(c => !c.IsEmpty)?.Text.Original ?? string.Empty;
    }

    /// <summary>Whether one of the row's leading text cells (before its first amount) says 合计 / 小计 / 总计.</summary>
    internal static bool IsTotalRow(TableBlock table, int row) => TotalRowLabel(table, row).Length > 0;

    private static string TotalRowLabel(TableBlock table, int row)
    {
        foreach (var cell in table.RowCells(row))
        {
            var value = Compaction.Compact(cell.Value);
            if (IsTotalLabel(value))
            {
                return value;
            }

            if (NumberParser.ParseValue(cell.Value) is not null)
            {
                break;
            }
        }

        return string.Empty;
    }


    private static bool HasDigits(string text) => text.Any(char.IsAsciiDigit);

    internal static bool IsTotalLabel(string label) => TotalLabel().IsMatch(label);

    internal static bool IsSourceLabel(string label) => SourceLabel().IsMatch(label);

    [GeneratedRegex("^(年度资金总额|资金总额|项目资金总额|总金额|资金合计)")]
    private static partial Regex TotalAmountLabel();

    [GeneratedRegex(@"^(合计|总计|小计|合\s*计|总\s*计|小\s*计|总额|合计数)")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^(其中[:：]?|其中)|^(中央|省|市|县|区|乡镇|自筹|社会|其他|本级|当年财政拨款|财政拨款|上年结转|单位自筹)")]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"(单位|金额单位)[:：]\s*(?<unit>万元|元|亿元|千元)|^[^\d]*[(（](?<unit>万元|元|亿元)[)）]$")]
    private static partial Regex UnitNote();
}
