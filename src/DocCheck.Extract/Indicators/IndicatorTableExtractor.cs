using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Indicators;

/// <summary>
/// Recognises indicator tables in the layouts reports use — hierarchical 一级/二级/三级 with blank or merged
/// cells continuing the level above and group weights such as 产出指标（50分）; scoring tables
/// 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分; the standard self-evaluation table with the
/// budget block on top — and reads their rows.
/// </summary>
public static partial class IndicatorTableExtractor
{
    /// <summary>The indicator table in <paramref name="table"/>, or null when it has no indicator header.</summary>
    public static IndicatorTable? Extract(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var r = 0; r < table.RowCount; r++)
        {
            if (RecogniseHeader(table, r) is { } columns)
            {
                return Read(table, r, columns);
            }
        }

        return null;
    }

    private static Dictionary<int, IndicatorColumn>? RecogniseHeader(TableBlock table, int row)
    {
        var columns = new Dictionary<int, IndicatorColumn>();
        var previous = IndicatorColumn.Ignore;
        foreach (var cell in table.RowCells(row))
        {
            var meaning = HeaderVocabulary.Classify(cell.Value);
            if (meaning is null)
            {
                previous = IndicatorColumn.Ignore;
                continue;
            }

            var column = meaning.Value;

            // In scoring tables a weight column belongs to the level on its left.
            if (column == IndicatorColumn.Weight)
            {
                column = previous switch
                {
                    IndicatorColumn.Level1 => IndicatorColumn.Level1Weight,
                    IndicatorColumn.Level2 => IndicatorColumn.Level2Weight,
                    _ => IndicatorColumn.Weight,
                };
            }

            // And a score right after a level's weight is that level's (一级指标 | 权重 | 得分 | 二级指标 | 权重 | 得分 |
            // 三级指标 | 权重 | 得分): the indicators' own score is the one after their own weight.
            if (column == IndicatorColumn.Score && previous is IndicatorColumn.Level1Weight or IndicatorColumn.Level2Weight)
            {
                column = IndicatorColumn.Ignore;
            }

            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            {
                columns.TryAdd(c, column);
            }

            previous = column;
        }

        // 绩效指标 | 二级指标 | 三级指标 …: with no 一级指标 column, the block's label column holds the level-1
        // groups (产出指标, 效益指标); where a 一级指标 column exists it is only the block's row label.
        if (!columns.ContainsValue(IndicatorColumn.Level1) && columns.ContainsValue(IndicatorColumn.Level2)
            && table.RowCells(row).FirstOrDefault(c => Compaction.Compact(c.Value) is "绩效指标" or "指标") is { } blockLabel
            && blockLabel.Column < columns.First(p => p.Value == IndicatorColumn.Level2).Key)
        {
            columns[blockLabel.Column] = IndicatorColumn.Level1;
        }

        // 一级指标 | 二级指标 | 分值 | 得分 (a third-party scoring table two levels deep): the level-2 rows are the
        // scored items, so the weight beside them and the score after it are the items' own.
        if (!columns.ContainsValue(IndicatorColumn.Name) && !columns.ContainsValue(IndicatorColumn.Score)
            && columns.Where(p => p.Value == IndicatorColumn.Level2Weight).Select(p => p.Key).ToList() is [var level2Weight, ..])
        {
            columns[level2Weight] = IndicatorColumn.Weight;
            foreach (var cell in table.RowCells(row).Where(c => c.Column > level2Weight
                && HeaderVocabulary.Classify(c.Value) == IndicatorColumn.Score && columns.GetValueOrDefault(c.Column) == IndicatorColumn.Ignore).Take(1))
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    columns[c] = IndicatorColumn.Score;
                }
            }
        }

        var values = columns.Values.ToHashSet();
        var hasName = values.Contains(IndicatorColumn.Name) || values.Contains(IndicatorColumn.Level2);
        var measures = new[] { IndicatorColumn.Target, IndicatorColumn.Actual, IndicatorColumn.Weight, IndicatorColumn.Score }
            .Count(values.Contains);
        var recognised = values.Count(v => v != IndicatorColumn.Ignore);
        if (!hasName || measures == 0 || recognised < 3)
        {
            return null;
        }

        // Without a 三级/指标名称 column the deepest level names the indicator.
        if (!values.Contains(IndicatorColumn.Name))
        {
            foreach (var key in columns.Where(p => p.Value == IndicatorColumn.Level2).Select(p => p.Key).ToList())
            {
                columns[key] = IndicatorColumn.Name;
            }
        }

        // A lone Weight column after a Name column in a table that also has level weights stays the indicator's.
        return columns;
    }

    private static IndicatorTable Read(TableBlock table, int headerRow, Dictionary<int, IndicatorColumn> columns)
    {
        int? ColumnOf(IndicatorColumn meaning) => columns.Where(p => p.Value == meaning).Select(p => (int?)p.Key).FirstOrDefault();
        var level1Column = ColumnOf(IndicatorColumn.Level1);
        var level1WeightColumn = ColumnOf(IndicatorColumn.Level1Weight);
        var level2Column = ColumnOf(IndicatorColumn.Level2);
        var level2WeightColumn = ColumnOf(IndicatorColumn.Level2Weight);
        var nameColumn = ColumnOf(IndicatorColumn.Name)!.Value;
        var targetColumn = ColumnOf(IndicatorColumn.Target);
        var actualColumn = ColumnOf(IndicatorColumn.Actual);
        var weightColumn = ColumnOf(IndicatorColumn.Weight);
        var scoreColumn = ColumnOf(IndicatorColumn.Score);
        var reasonColumn = ColumnOf(IndicatorColumn.Reason);
        var comparatorColumn = ColumnOf(IndicatorColumn.Comparator);
        var unitColumn = ColumnOf(IndicatorColumn.Unit);

        // Header cells may be merged down over a second header row (绩效标准 over 优 | 良 | 中 | 差).
        var firstDataRow = headerRow + 1;
        // Only recognised columns count: a row label such as 绩效指标 may be merged down the whole block.
        foreach (var cell in table.RowCells(headerRow).Where(c => columns.ContainsKey(c.Column)))
        {
            firstDataRow = Math.Max(firstDataRow, cell.Row + cell.RowSpan);
        }

        var indicators = new List<Indicator>();
        var groups = new List<GroupDraft>();
        GroupDraft? level1 = null;
        GroupDraft? level2 = null;
        PrintedNumber? totalWeight = null, totalScore = null;
        TableCell? totalWeightCell = null, totalScoreCell = null;

        var endRow = table.RowCount;
        for (var r = firstDataRow; r < table.RowCount; r++)
        {
            var label = Compaction.Compact(FirstText(table, r));
            if (TotalRow().IsMatch(label))
            {
                (totalWeight, totalWeightCell) = ReadWeight(table, r, weightColumn ?? level1WeightColumn);
                if (totalWeight is null && level1WeightColumn is { } l1w && l1w != weightColumn)
                {
                    (totalWeight, totalWeightCell) = ReadWeight(table, r, l1w);
                }

                (totalScore, totalScoreCell) = ReadNumber(table, r, scoreColumn);
                endRow = r + 1;
                break;
            }

            if (r > firstDataRow && (RecogniseHeader(table, r) is not null || IsAmountHeader(table, r)))
            {
                endRow = r;
                if (IsAmountHeader(table, r) && TotalBelowBudgetBlock(table, r, weightColumn, scoreColumn) is { } below)
                {
                    (totalWeight, totalWeightCell) = ReadWeight(table, below, weightColumn);
                    (totalScore, totalScoreCell) = ReadNumber(table, below, scoreColumn);
                }

                break;
            }

            // The execution row laid across the level columns into the name's (预算执行率 | < | < | 100% | 95.28% | 10 |
            // 9.53) is a group of one scored row: the row is both. Subtotals laid out the same way (绩效指标小计) are not.
            var rowIsGroup = level1Column is { } g1 && table.At(r, g1) is { } g1Cell && !g1Cell.IsEmpty && g1Cell.Row == r
                && ReferenceEquals(g1Cell, table.At(r, nameColumn)) && ReadWeight(table, r, weightColumn).Item1 is not null
                && IsExecutionRow(null, null, Compaction.Compact(g1Cell.Value));
            if (level1Column is { } c1 && table.At(r, c1) is { } l1Cell && !l1Cell.IsEmpty && !ReferenceEquals(l1Cell, level1?.NameCell))
            {
                var (name, weight) = IndicatorText.SplitGroupLabel(l1Cell.Value);
                var (weightFromColumn, weightCell) = ReadWeight(table, l1Cell.Row, rowIsGroup ? weightColumn : level1WeightColumn);
                level1 = new GroupDraft(1, name, string.Empty, l1Cell, weightFromColumn ?? weight, weightFromColumn is null ? (weight is null ? null : l1Cell) : weightCell);
                groups.Add(level1);
                level2 = null;
            }

            if (!rowIsGroup && level2Column is { } c2 && table.At(r, c2) is { } l2Cell && !l2Cell.IsEmpty && !ReferenceEquals(l2Cell, level2?.NameCell))
            {
                var (name, weight) = IndicatorText.SplitGroupLabel(l2Cell.Value);
                var (weightFromColumn, weightCell) = ReadWeight(table, l2Cell.Row, level2WeightColumn);
                level2 = new GroupDraft(2, name, level1?.Name ?? string.Empty, l2Cell, weightFromColumn ?? weight, weightFromColumn is null ? (weight is null ? null : l2Cell) : weightCell);
                groups.Add(level2);
            }

            if (table.At(r, nameColumn) is not { } nameCell || nameCell.Row != r || nameCell.IsEmpty
                || (level2Column is not null && ReferenceEquals(nameCell, level2?.NameCell))
                || (level1Column is not null && ReferenceEquals(nameCell, level1?.NameCell) && !rowIsGroup))
            {
                continue;
            }

            var targetCell = OwnCell(table, r, targetColumn);
            var actualCell = OwnCell(table, r, actualColumn);
            var (weightValue, weightValueCell) = ReadWeight(table, r, weightColumn);
            var (scoreValue, scoreCell) = ReadWeight(table, r, scoreColumn);
            var comparator = OwnCell(table, r, comparatorColumn)?.Value ?? string.Empty;
            var unit = OwnCell(table, r, unitColumn)?.Value ?? string.Empty;
            var target = targetCell?.Value ?? string.Empty;
            var actual = actualCell?.Value ?? string.Empty;
            if (unit.Length > 0)
            {
                target = AppendUnit(target, unit);
                actual = AppendUnit(actual, unit);
            }

            if (comparator.Length > 0 && target.Length > 0 && !"≥≤><=".Contains(target[0], StringComparison.Ordinal))
            {
                target = ComparatorText(comparator) + target;
            }

            var compactName = nameCell.Value.Replace("\n", string.Empty, StringComparison.Ordinal);
            var indicator = new Indicator
            {
                Row = r,
                Level1 = level1?.Name ?? string.Empty,
                Level2 = level2?.Name ?? string.Empty,
                Name = nameCell.Text.Original.Trim(),
                NameCell = nameCell,
                Code = table.RowCells(r).Where(c => c.Column < nameCell.Column && c.Row == r)
                    .Select(c => Compaction.Compact(c.Value)).FirstOrDefault(v => CodeCell().IsMatch(v)),
                Level1Cell = level1?.NameCell,
                Level2Cell = level2?.NameCell,
                TargetCell = targetCell,
                ActualCell = actualCell,
                WeightCell = weightValueCell,
                ScoreCell = scoreCell,
                ReasonCell = reasonColumn is { } rc ? table.At(r, rc) : null,
                Target = target,
                Actual = actual,
                Weight = weightValue,
                Score = scoreValue,
                IsExecutionRate = IsExecutionRow(level1?.Name, level2?.Name, compactName),
            };
            indicators.Add(indicator);
            level1?.Members.Add(indicator);
            level2?.Members.Add(indicator);
        }

        return new IndicatorTable
        {
            Table = table,
            HeaderRow = headerRow,
            Columns = columns,
            Indicators = indicators,
            Groups = groups.Select(g => new IndicatorGroup(g.Level, g.Name, g.Parent, g.NameCell, g.Weight, g.WeightCell, g.Members)).ToList(),
            DeclaredTotalWeight = totalWeight,
            DeclaredTotalWeightCell = totalWeightCell,
            TotalScore = totalScore,
            TotalScoreCell = totalScoreCell,
            EndRow = endRow,
        };
    }

    /// <summary>
    /// The budget-execution row: named 预算执行率 (not 政府采购执行率), or any 执行 row in a group of its own such as
    /// 执行率指标 whose name may be a formula (全年执行数/年初预算数*100%).
    /// </summary>
    private static bool IsExecutionRow(string? level1, string? level2, string name)
    {
        // A department's 预算执行 group also holds other execution rates (政府采购执行率, 制度执行率) and the rates
        // of one source or one kind of spending (财政拨款预算执行率, 项目支出执行率).
        if (OtherExecution().IsMatch(name))
        {
            return false;
        }

        if (ExecutionName().IsMatch(name))
        {
            return true;
        }

        var inExecutionGroup = ExecutionGroup().IsMatch(level1 ?? string.Empty) || ExecutionGroup().IsMatch(level2 ?? string.Empty);
        return inExecutionGroup && name.Contains("执行", StringComparison.Ordinal);
    }

    [GeneratedRegex("采购|制度|计划|合同|政策|整改|标准|监控|公用经费|三公|财政拨款|基本支出|项目支出|专项")]
    private static partial Regex OtherExecution();

    /// <summary>A row naming amounts (资金（万元） | 年初预算 | 调整后预算 | 全年执行数): a budget block, not an indicator.</summary>
    private static bool IsAmountHeader(TableBlock table, int row)
    {
        var cells = table.RowCells(row);
        return cells.All(c => NumberParser.ParseValue(c.Value) is null || c.Value.Contains("万元", StringComparison.Ordinal))
            && cells.Count(c => c.Value.Length <= 12 && Figures.RoleLexicon.Nearest(Compaction.Compact(c.Value)) is not null) >= 2;
    }

    /// <summary>
    /// A 指标性质 / 指标方向 cell as a comparator: ≥ ≤ = as printed; 正向 (higher is better) as ≥, 反向 as ≤
    /// (Guangdong's forms); anything else (定性, 定量) says nothing about the direction.
    /// </summary>
    private static string ComparatorText(string cell)
    {
        var value = cell.Replace("═", "=", StringComparison.Ordinal).Trim();
        return value switch
        {
            _ when value.StartsWith("正向", StringComparison.Ordinal) => "≥",
            _ when value.StartsWith("反向", StringComparison.Ordinal) => "≤",
            _ when value.Length > 0 && "≥≤><=≧≦＞＜＝".Contains(value[0], StringComparison.Ordinal) => value,
            _ => string.Empty,
        };
    }

    private static string AppendUnit(string value, string unit) =>
        value.Length == 0 || value.EndsWith(unit, StringComparison.Ordinal) || !char.IsAsciiDigit(value[^1]) ? value : value + unit;

    private static TableCell? OwnCell(TableBlock table, int row, int? column) =>
        column is { } c && table.At(row, c) is { } cell && cell.Row == row && cell.Column == c ? cell : null;

    private static (PrintedNumber? Number, TableCell? Cell) ReadNumber(TableBlock table, int row, int? column)
    {
        if (OwnCell(table, row, column) is { } cell && NumberParser.ParseValue(cell.Value, "分") is { } number
            && number.Comparator == Comparator.None && number.Kind is UnitKind.Points or UnitKind.None)
        {
            return (number, cell);
        }

        return (null, null);
    }

    /// <summary>
    /// Weights and row scores are assigned, not measured: a printed 10 is exactly 10 (rounding intervals would let
    /// ten integer rows drift ±5 points and hide any total mismatch).
    /// </summary>
    private static (PrintedNumber? Number, TableCell? Cell) ReadWeight(TableBlock table, int row, int? column)
    {
        var (number, cell) = ReadNumber(table, row, column);
        return (number is null ? null : number with { IsExact = true }, cell);
    }

    private static string FirstText(TableBlock table, int row)
    {
        foreach (var cell in table.RowCells(row))
        {
            if (!cell.IsEmpty)
            {
                return cell.Value;
            }
        }

        return string.Empty;
    }


    [GeneratedRegex(@"^(指标\d+[:：])?(项目|预算|资金|财政资金|支出|年度)*(预算执行率|资金执行率|执行率)|预算执行|全年执行数")]
    private static partial Regex ExecutionName();

    [GeneratedRegex(@"^(预算)?执行(率)?(指标)?$|^预算执行")]
    private static partial Regex ExecutionGroup();

    // A third-party report's indicator code in a column of its own (C11, A21).
    [GeneratedRegex("^[A-Za-z][0-9]{1,3}$")]
    private static partial Regex CodeCell();

    /// <summary>
    /// The 总分 row under a budget block that closes the indicator rows (资金 | 年初预算 | … | 权重 | 得分, then 总分 100 |
    /// 99.84): the table's total, when the block's header puts its weight and score in the indicators' own columns — a
    /// block of amounts alone may have a 合计 of money in those columns.
    /// </summary>
    private static int? TotalBelowBudgetBlock(TableBlock table, int blockHeader, int? weightColumn, int? scoreColumn)
    {
        if (weightColumn is not { } wc || scoreColumn is not { } sc
            || !IsWeightHeader(table.TextAt(blockHeader, wc)) || !Compaction.Compact(table.TextAt(blockHeader, sc)).Contains("得分", StringComparison.Ordinal))
        {
            return null;
        }

        for (var r = blockHeader + 1; r < table.RowCount; r++)
        {
            if (TotalRow().IsMatch(Compaction.Compact(FirstText(table, r))))
            {
                return r;
            }

            if (RecogniseHeader(table, r) is not null || IsAmountHeader(table, r))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsWeightHeader(string text) =>
        Compaction.Compact(text) is var compact && (compact.Contains("分值", StringComparison.Ordinal) || compact.Contains("权重", StringComparison.Ordinal));

    [GeneratedRegex(@"^(总分|合计|总计|得分合计|总得分|合\s*计|总\s*分)")]
    private static partial Regex TotalRow();

    private sealed class GroupDraft(int level, string name, string parent, TableCell nameCell, PrintedNumber? weight, TableCell? weightCell)
    {
        public int Level { get; } = level;

        public string Name { get; } = name;

        public string Parent { get; } = parent;

        public TableCell NameCell { get; } = nameCell;

        public PrintedNumber? Weight { get; } = weight;

        public TableCell? WeightCell { get; } = weightCell;

        public List<Indicator> Members { get; } = [];
    }
}
