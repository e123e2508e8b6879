using System.Runtime.CompilerServices;
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
    /// <summary>Collects figures and sums from rows [<paramref name="firstRow"/>, <paramref name="rowLimit"/>) of a table.</summary>
    public static void Extract(TableBlock table, int rowLimit, string? defaultMoneyUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, ICollection<BudgetExecution> executions, ICollection<RateStatement> rates, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(executions);
        ArgumentNullException.ThrowIfNull(rates);
        var tableUnit = TableUnit(table) ?? defaultMoneyUnit;
        var used = new HashSet<TableCell>(ReferenceEqualityComparer.Instance);
        ExtractHeaderBlocks(table, firstRow, rowLimit, tableUnit, figures, sums, executions, rates, used);
        ExtractLabelValuePairs(table, firstRow, rowLimit, tableUnit, figures, sums, used);
        ExtractTotalRows(table, firstRow, rowLimit, tableUnit, sums, rates);
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

    private static void ExtractHeaderBlocks(TableBlock table, int firstRow, int rowLimit, string? tableUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, ICollection<BudgetExecution> executions, ICollection<RateStatement> rates, HashSet<TableCell> used)
    {
        for (var r = firstRow; r < rowLimit - 1; r++)
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

            (PrintedNumber Number, Anchor Anchor)? declaredWeight = null;
            foreach (var cell in cellsOfRow)
            {
                var value = Compaction.Compact(cell.Value);
                // The weight may be printed in the block's own headers instead of a 分值 column: 预算执行情况（20分）,
                // 得分（20分*执行率）.
                if (value.Contains("执行", StringComparison.Ordinal)
                    && NumberParser.FindAll(cell.Value).Where(n => n.Kind == UnitKind.Points).ToList() is [var points])
                {
                    declaredWeight = (points with { IsExact = true }, Anchor.ForCell(cell));
                }

                if (value.StartsWith("得分", StringComparison.Ordinal) || value.StartsWith("自评得分", StringComparison.Ordinal))
                {
                    scoreColumn = cell.Column;
                    continue;
                }

                if (NumberParser.FindAll(cell.Value).Any(n => n.Kind is not (UnitKind.Year or UnitKind.DatePart)))
                {
                    continue;
                }

                rowUnit ??= NumberParser.UnitFromHeader(value);

                if (value.Contains("执行率", StringComparison.Ordinal) || value.EndsWith("到位率", StringComparison.Ordinal))
                {
                    rateColumn = cell.Column;
                }
                else if (value is "分值" or "权重" or "满分")
                {
                    weightColumn = cell.Column;
                }
                else if (value is "评分")
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

            if (rateColumn is { } rc)
            {
                AddRowRates(table, r, rowLimit, rc, columns, rowUnit ?? tableUnit, rates);
            }

            // The totals: a row labelled as a total (年度资金总额, 合计), or the only row of amounts. Rows per source
            // (中央 / 省 / 市) or per category are parts, never totals.
            var totalRow = -1;
            var sourcesAbove = false;
            var dataRows = 0;
            for (var t = r + 1; t < rowLimit; t++)
            {
                var rowLabel = Compaction.Compact(RowLabel(table, t));
                // A row with nothing in the amount columns ends the block: a 总分 row under it (100 | 99.84 in the
                // weight and score columns) totals the scoring table, not the amounts.
                if (!columns.Keys.Any(c => table.At(t, c) is { } cell && cell.Row == t && NumberParser.ParseValue(cell.Value) is not null))
                {
                    break;
                }

                if (IsTotalRow(table, t) || TotalAmountLabel().IsMatch(rowLabel))
                {
                    totalRow = t;
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
            var totalRowFigures = new List<Figure>();
            foreach (var (column, (role, label, headerUnit)) in columns)
            {
                if (table.At(totalRow, column) is { } cell && cell.Row == totalRow
                    && NumberParser.ParseValue(cell.Value, headerUnit ?? unit) is { } number && IsAmount(number))
                {
                    var money = ProseFigureExtractor.AsMoney(MoneyOrUnit(number, headerUnit ?? unit));
                    totalRowFigures.Add(new Figure(role, money, label, Anchor.ForCell(cell), InTable: true));
                    totalFigures[column] = new SumTerm(money, label, Anchor.ForCell(cell));
                    used.Add(cell);
                }
            }

            // A total row below its sources is summed by ExtractTotalRows; only 其中 rows below a total are handled here.
            if (sourcesAbove)
            {
                foreach (var figure in totalRowFigures)
                {
                    figures.Add(figure);
                }

                totalFigures.Clear();
            }

            if (totalFigures.Count == 0)
            {
                continue;
            }

            if (weightColumn is not null || rateColumn is not null || scoreColumn is not null)
            {
                executions.Add(ExecutionFrom(table, totalRow, weightColumn, rateColumn, scoreColumn, declaredWeight));
            }

            // 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows below the total; after a 其中 row, any row of amounts
            // continues the list (农场自筹, 社会资本) until a total, a header or a row without amounts.
            var partRows = new List<int>();
            for (var p = totalRow + 1; p < rowLimit; p++)
            {
                var label = Compaction.Compact(RowLabel(table, p));
                var continues = partRows.Count > 0 && !IsTotalRow(table, p)
                    && columns.Keys.Any(c => table.At(p, c) is { } cell && cell.Row == p && NumberParser.ParseValue(cell.Value) is not null);
                if (!IsSourceLabel(label) && !continues)
                {
                    break;
                }

                partRows.Add(p);
            }

            foreach (var figure in AmountsOfTheBlock(table, totalRowFigures, partRows, columns, unit))
            {
                figures.Add(figure);
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

                // One filled 其中 row cannot be checked as a sum (the others may be left blank), but it can never exceed
                // its total (年度资金总额 0 over 本年财政拨款 202.64).
                if (parts.Count >= 2 || (parts.Count == 1 && parts[0].Number.Low > total.Number.High))
                {
                    sums.Add(new SumStatement(columns[column].Label + "（资金来源）", SumKind.TableSources, total, parts));
                }
            }

            r = totalRow;
        }
    }

    /// <summary>
    /// The block's amounts: its total row's, or, where the total row was left at 0 (年度资金总额 0 | 0 | 0 over
    /// 本年财政拨款 202.64 | 132.912 | 132.912, as some filing systems export it), the one 其中 row that holds them, so
    /// the rate and score printed on the total row are checked against what was really budgeted and spent.
    /// </summary>
    private static List<Figure> AmountsOfTheBlock(TableBlock table, List<Figure> totalRowFigures, List<int> partRows,
        Dictionary<int, (FigureRole Role, string Label, string? Unit)> columns, string? unit)
    {
        if (totalRowFigures.Count == 0 || totalRowFigures.Any(f => f.Number.Value != 0))
        {
            return totalRowFigures;
        }

        var filled = partRows.Where(p => columns.Keys.Any(c => CellAmount(table, p, c, columns[c].Unit ?? unit) is { Value: > 0 })).ToList();
        if (filled is not [var partRow])
        {
            return totalRowFigures;
        }

        var partFigures = new List<Figure>();
        foreach (var (column, (role, label, headerUnit)) in columns)
        {
            if (CellAmount(table, partRow, column, headerUnit ?? unit) is { } money)
            {
                partFigures.Add(new Figure(role, money, label, Anchor.ForCell(table.At(partRow, column)!), InTable: true));
            }
        }

        return partFigures;
    }

    private static PrintedNumber? CellAmount(TableBlock table, int row, int column, string? unit) =>
        table.At(row, column) is { } cell && cell.Row == row && NumberParser.ParseValue(cell.Value, unit) is { } number && IsAmount(number)
            ? ProseFigureExtractor.AsMoney(MoneyOrUnit(number, unit))
            : null;

    /// <summary>
    /// The 执行率 (or 到位率) of every row under a header of amounts (资金来源 | 预算数 | 实际到位 | 实际支出 | 执行率):
    /// spent (or received) over each other amount of the row, as the rate rule tries every base.
    /// </summary>
    private static void AddRowRates(TableBlock table, int headerRow, int rowLimit, int rateColumn,
        Dictionary<int, (FigureRole Role, string Label, string? Unit)> columns, string? unit, ICollection<RateStatement> rates)
    {
        var header = Compaction.Compact(table.TextAt(headerRow, rateColumn));
        var numeratorRole = header.Contains("到位", StringComparison.Ordinal) ? FigureRole.FundsReceived : FigureRole.Spent;
        if (columns.FirstOrDefault(c => c.Value.Role == numeratorRole) is not { Value.Label: not null } numeratorColumn)
        {
            return;
        }

        var bases = columns.Where(c => c.Value.Role is FigureRole.Budget or FigureRole.BudgetAdjusted or FigureRole.BudgetInitial
            || (numeratorRole == FigureRole.Spent && c.Value.Role == FigureRole.FundsReceived)).ToList();
        for (var row = headerRow + 1; row < rowLimit; row++)
        {
            if (table.At(row, rateColumn) is not { } rateCell || rateCell.Row != row)
            {
                continue;
            }

            if (NumberParser.ParseValue(rateCell.Value) is not { Comparator: Comparator.None } printed)
            {
                if (!table.RowCells(row).Any(c => NumberParser.ParseValue(c.Value) is not null))
                {
                    break;
                }

                continue;
            }

            var rate = AsRate(printed);
            var numerator = TermAt(table, row, numeratorColumn.Key, numeratorColumn.Value.Unit ?? unit);
            var pairs = bases.Select(b => TermAt(table, row, b.Key, b.Value.Unit ?? unit)).Where(d => d is { Number.Value: > 0 } && numerator is not null)
                .Select(d => (Numerator: numerator!, Denominator: d!)).ToList();
            if (rate.Kind != UnitKind.Percent || pairs.Count == 0)
            {
                continue;
            }

            // The total row's rate is the budget's: tried on every base the report states, in the text as well.
            if (IsTotalRow(table, row) || TotalAmountLabel().IsMatch(Compaction.Compact(RowLabel(table, row))))
            {
                rates.Add(numeratorRole == FigureRole.FundsReceived
                    ? new RateStatement(RateKind.FundsReceived, "资金到位率", rate, Anchor.ForCell(rateCell))
                    : new RateStatement(RateKind.Execution, "预算执行率", rate, Anchor.ForCell(rateCell)));
                continue;
            }

            var kind = numeratorRole == FigureRole.FundsReceived ? "到位率" : "执行率";
            rates.Add(new RateStatement(RateKind.Explicit, RowLabel(table, row).Trim() + kind, rate, Anchor.ForCell(rateCell), pairs[0].Numerator, pairs[0].Denominator)
            {
                OtherBases = pairs.Skip(1).ToList(),
            });
        }
    }

    /// <summary>A number under 执行率: 95.8% as printed, a bare 95.8 in percent, and 0.958 a fraction (95.8 %).</summary>
    private static PrintedNumber AsRate(PrintedNumber printed) =>
        printed.Kind != UnitKind.None ? printed
        : printed.Value <= 1.5m && printed.Decimals >= 2 ? printed with { Kind = UnitKind.Percent, Unit = "%", Scale = printed.Scale * 100m }
        : NumberParser.WithUnit(printed, "%");

    private static BudgetExecution ExecutionFrom(TableBlock table, int row, int? weightColumn, int? rateColumn, int? scoreColumn,
        (PrintedNumber Number, Anchor Anchor)? declaredWeight)
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
        weight = weight.Number is not null ? (weight.Number with { IsExact = true }, weight.Anchor)
            : declaredWeight is { } declared ? (declared.Number, declared.Anchor)
            : (null, null);
        var rate = Read(rateColumn);
        var score = Read(scoreColumn);
        score = (score.Number is null ? null : score.Number with { IsExact = true }, score.Anchor);
        var rateNumber = rate.Number is { } printed ? AsRate(printed) : null;
        return new BudgetExecution(weight.Number, rateNumber, score.Number, RowLabel(table, row).Trim(), weight.Anchor, rate.Anchor, score.Anchor);
    }

    private static void ExtractLabelValuePairs(TableBlock table, int firstRow, int rowLimit, string? tableUnit, ICollection<Figure> figures,
        ICollection<SumStatement> sums, HashSet<TableCell> used)
    {
        for (var r = firstRow; r < rowLimit; r++)
        {
            var cells = table.RowCells(r);
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var labelCell = cells[i];
                var valueCell = cells[i + 1];
                var label = Compaction.Compact(labelCell.Value);
                if (used.Contains(valueCell) || label.Length is 0 or > 20 || IsSourceLabel(label) || valueCell.Row != r
                    || RoleLexicon.Nearest(label) is not { } role || HasDigits(label) || UnderAnAmountHeader(table, valueCell))
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

    private static void ExtractTotalRows(TableBlock table, int firstRow, int rowLimit, string? tableUnit, ICollection<SumStatement> sums, ICollection<RateStatement> rates)
    {
        var headerRow = firstRow - 1;
        for (var r = firstRow; r < rowLimit; r++)
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

            var partRows = Enumerable.Range(firstPart, Math.Max(0, r - firstPart))
                .Where(p => !(hasSubtotals && !isSubtotal && IsTotalRow(table, p)))
                .ToList();
            var totalOnTop = partRows.Count == 0 && r == headerRow + 1;
            if (totalOnTop)
            {
                partRows = PartsBelowATopTotal(table, r, rowLimit);
            }

            var rowName = RowLabel(table, r).Trim();
            rowName = Compaction.Compact(rowName) == label ? rowName : rowName + label;
            var amountColumns = new List<(int Column, SumTerm Total, string? Unit)>();
            foreach (var totalCell in table.RowCells(r))
            {
                var header = headerRow >= 0 ? table.TextAt(headerRow, totalCell.Column) : string.Empty;
                var printedHeader = headerRow >= 0 ? table.At(headerRow, totalCell.Column)?.Text.Original.Trim() ?? string.Empty : string.Empty;
                var unit = NumberParser.UnitFromHeader(Compaction.Compact(header)) ?? tableUnit;
                if (totalCell.Row != r || NumberParser.ParseValue(totalCell.Value, unit) is not { } total || IsScoreColumn(header))
                {
                    continue;
                }

                if (IsShareColumn(header))
                {
                    // Shares are checked row by row (amount ÷ total), never added up as amounts; under a total on top
                    // they already are, by the share columns' own reading.
                    if (!totalOnTop && amountColumns.LastOrDefault() is { Total: not null } amounts)
                    {
                        AddShares(table, partRows, totalCell.Column, amounts.Column, amounts.Total, amounts.Unit, rates);
                    }

                    continue;
                }

                if (IsRateColumn(header) || total.Kind == UnitKind.Percent)
                {
                    continue;
                }

                var totalTerm = new SumTerm(MoneyOrUnit(total, unit), rowName, Anchor.ForCell(totalCell));
                amountColumns.Add((totalCell.Column, totalTerm, unit));
                var terms = partRows.Select(p => (Row: p, Term: TermAt(table, p, totalCell.Column, unit))).Where(t => t.Term is not null).Select(t => (t.Row, Term: t.Term!)).ToList();
                if (terms.Count < 2 || !terms.All(t => SameKind(t.Term.Number, total)))
                {
                    continue;
                }

                var subject = printedHeader.Length > 0 ? $"{rowName}（{printedHeader}）" : rowName;
                var (reading, others) = SubRowReadings(table, terms);
                sums.Add(new SumStatement(subject, SumKind.TableTotalRow, totalTerm, reading) { OtherReadings = others });
            }
        }
    }

    private static SumTerm? TermAt(TableBlock table, int row, int column, string? unit) =>
        table.At(row, column) is { } cell && cell.Row == row && cell.Column == column && NumberParser.ParseValue(cell.Value, unit) is { } part
            ? new SumTerm(MoneyOrUnit(part, unit), RowLabel(table, row).Trim(), Anchor.ForCell(cell))
            : null;

    /// <summary>
    /// The rows a total adds up, read with its 其中 sub-rows left out (基本支出 | 其中：人员经费 | 公用经费 | 项目支出 | 合计):
    /// first the rows not marked as sub-rows; then, as other readings the rule also accepts, the runs of rows after a
    /// 其中 row that add up to the row they detail, and every row.
    /// </summary>
    private static (IReadOnlyList<SumTerm> Reading, IReadOnlyList<IReadOnlyList<SumTerm>> Others) SubRowReadings(TableBlock table, List<(int Row, SumTerm Term)> terms)
    {
        var all = terms.Select(t => t.Term).ToList();
        var marked = terms.Select(t => IsSubRowLabel(Compaction.Compact(RowLabel(table, t.Row)))).ToList();
        if (!marked.Contains(true))
        {
            return (all, []);
        }

        var unmarked = terms.Where((_, i) => !marked[i]).Select(t => t.Term).ToList();
        var runs = new List<SumTerm>();
        for (var i = 0; i < terms.Count; i++)
        {
            runs.Add(terms[i].Term);
            if (i + 1 >= terms.Count || !marked[i + 1])
            {
                continue;
            }

            // Rows after a parent, starting with a 其中 row, are its details while they fit into it.
            var parent = terms[i].Term.Number.Value;
            var detail = 0m;
            var j = i + 1;
            while (j < terms.Count && (marked[j] || detail + terms[j].Term.Number.Value <= parent + terms[j].Term.Number.HalfUlp * 2))
            {
                detail += terms[j].Term.Number.Value;
                j++;
                if (Math.Abs(detail - parent) <= terms[i].Term.Number.HalfUlp * (j - i))
                {
                    break;
                }
            }

            i = j - 1;
        }

        return (unmarked, [runs, all]);
    }

    /// <summary>Shares in a column (占比) of the rows above a total: each is its row's amount ÷ the total.</summary>
    private static void AddShares(TableBlock table, List<int> rows, int shareColumn, int amountColumn, SumTerm total, string? unit, ICollection<RateStatement> rates)
    {
        foreach (var row in rows)
        {
            if (table.At(row, shareColumn) is not { } cell || cell.Row != row || NumberParser.ParseValue(cell.Value) is not { } share
                || share.Comparator != Comparator.None || TermAt(table, row, amountColumn, unit) is not { } amount)
            {
                continue;
            }

            var stated = share.Kind == UnitKind.None ? NumberParser.WithUnit(share, "%") : share;
            if (stated.Kind != UnitKind.Percent)
            {
                continue;
            }

            rates.Add(new RateStatement(RateKind.Explicit, amount.Label + "占比", stated, Anchor.ForCell(cell), amount, total));
        }
    }

    private static bool SameKind(PrintedNumber a, PrintedNumber b) => a.Kind == b.Kind && a.MeasureWord == b.MeasureWord;

    private static bool IsRateColumn(string header) =>
        header.Contains('率', StringComparison.Ordinal) || header.Contains("单价", StringComparison.Ordinal)
        || header.Contains("标准", StringComparison.Ordinal) || header.Contains("序号", StringComparison.Ordinal);

    /// <summary>A column of shares (占比, 比例, 比重, or a bare （%） with no rate named: 执行率（%） is not a share).</summary>
    private static bool IsShareColumn(string header) =>
        header.Contains("占比", StringComparison.Ordinal) || header.Contains("比例", StringComparison.Ordinal)
        || header.Contains("比重", StringComparison.Ordinal)
        || ((header.Contains('%', StringComparison.Ordinal) || header.Contains('％', StringComparison.Ordinal)) && !header.Contains('率', StringComparison.Ordinal));

    /// <summary>Points (得分, 分值, 权重) are the scoring rules' business, never amounts.</summary>
    private static bool IsScoreColumn(string header) => ScoreHeader().IsMatch(Compaction.Compact(header));

    private static bool IsSubRowLabel(string label) => SubRowLabel().IsMatch(label);

    private static PrintedNumber MoneyOrUnit(PrintedNumber number, string? unit) =>
        number.Unit.Length == 0 && unit is { Length: > 0 } ? NumberParser.WithUnit(number, unit) : number;

    private static bool IsAmount(PrintedNumber number) =>
        number.Comparator == Comparator.None && number.Kind is UnitKind.Money or UnitKind.None;

    /// <summary>
    /// A total printed first, right under the header (合计 | 5,600.00 | 5,247.93, then a row per city): its parts are the
    /// rows of amounts below it, up to another total or the first row without numbers. Rows of sources (其中：中央…) are
    /// read with the header's block instead.
    /// </summary>
    private static List<int> PartsBelowATopTotal(TableBlock table, int totalRow, int rowLimit)
    {
        var parts = new List<int>();
        for (var p = totalRow + 1; p < rowLimit && !IsTotalRow(table, p)
            && table.RowCells(p).Any(c => c.Row == p && NumberParser.ParseValue(c.Value) is not null); p++)
        {
            parts.Add(p);
        }

        // A list with sub-rows of its own (一、基本支出 / 其中：人员经费 / 公用经费 / 二、项目支出) nests parts in parts.
        var labels = parts.Select(p => Compaction.Compact(RowLabel(table, p))).ToList();
        return parts.Count >= 2 && !IsSourceLabel(labels[0]) && !labels.Any(IsSubRowLabel) ? parts : [];
    }

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

            // A caption merged down the whole block (预算执行情况（10分）) is not this row's first amount.
            if (NumberParser.ParseValue(cell.Value) is not null && cell.Row == row)
            {
                break;
            }
        }

        return string.Empty;
    }


    /// <summary>
    /// Whether a value sits in a column whose header names an amount (项目 | 预算数（万元） | 支出数（万元）): then the
    /// column says what it is, and the row label beside it (支出合计) is not its name.
    /// </summary>
    private static bool UnderAnAmountHeader(TableBlock table, TableCell value)
    {
        // The answer is the first cell above that is no number. A short walk is cheap; a long one (a column of 10,000
        // numbers would walk up 50 million cells in all) is remembered per table and column for every row it passed.
        const int ShortWalk = 32;
        for (var r = value.Row - 1; r >= 0 && r >= value.Row - ShortWalk; r--)
        {
            if (HeaderVerdict(table, value.Column, r) is { } verdict)
            {
                return verdict;
            }
        }

        if (value.Row - 1 - ShortWalk < 0)
        {
            return false;
        }

        var answers = HeaderAnswers.GetOrCreateValue(table);
        var passed = new List<int>();
        var answer = false;
        for (var r = value.Row - 1; r >= 0; r--)
        {
            if (answers.TryGetValue((value.Column, r), out var known))
            {
                answer = known;
                break;
            }

            if (HeaderVerdict(table, value.Column, r) is { } verdict)
            {
                answer = verdict;
                break;
            }

            passed.Add(r);
        }

        foreach (var r in passed)
        {
            answers[(value.Column, r)] = answer;
        }

        return answer;
    }

    // Null when row r of the column holds a number or no cell of its own (look further up); else whether it is an
    // amount header (上年 / 金额（万元） over a column of amounts).
    private static bool? HeaderVerdict(TableBlock table, int column, int r)
    {
        if (table.At(r, column) is not { } above || above.Row != r || NumberParser.ParseValue(above.Value) is not null)
        {
            return null;
        }

        var header = Compaction.Compact(above.Value);
        return header.Length is > 0 and <= 12 && (RoleLexicon.Nearest(header) is not null || NumberParser.UnitFromHeader(header) is not null)
            && table.RowCells(r).All(c => NumberParser.ParseValue(c.Value) is null);
    }

    // Per table: (column, row of a number or gap) → whether the first non-number cell above it is an amount header.
    private static readonly ConditionalWeakTable<TableBlock, Dictionary<(int Column, int Row), bool>> HeaderAnswers = [];

    private static bool HasDigits(string text) => text.Any(char.IsAsciiDigit);

    internal static bool IsTotalLabel(string label) => TotalLabel().IsMatch(label);

    internal static bool IsSourceLabel(string label) => SourceLabel().IsMatch(label);

    [GeneratedRegex("^(其中|含|内含|包括|—|－|-)")]
    private static partial Regex SubRowLabel();

    [GeneratedRegex("^(自评)?(得分|分值|权重|评分|满分|分数|评价得分)")]
    private static partial Regex ScoreHeader();

    [GeneratedRegex("^(年度资金总额|资金总额|项目资金总额|总金额|资金合计)")]
    private static partial Regex TotalAmountLabel();

    [GeneratedRegex(@"^(合计|总计|小计|合\s*计|总\s*计|小\s*计|总额|合计数)|^(支出|收入|资金|经费|预算)(合计|总计)$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"^(其中[:：]?|其中)|^(中央|省|市|县|区|乡镇|自筹|社会|其他|其它|本级|上级|地方|当年财政拨款|财政拨款|上年结转|单位自筹|一般公共预算|政府性基金|国有资本|财政专户|事业收入|经营收入|附属单位)")]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"(单位|金额单位)[:：]\s*(?<unit>万元|元|亿元|千元)|^[^\d]*[(（](?<unit>万元|元|亿元)[)）]$")]
    private static partial Regex UnitNote();
}
