using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>
/// An indicator or scoring table read from its header row: which column holds the level-1 and level-2 groups,
/// the name, target, actual, weight, score and deviation reason; its indicator rows; and its total row.
/// </summary>
internal sealed record IndicatorTableView
{
    public required TableBlock Table { get; init; }

    public required int HeaderRow { get; init; }

    public int? Level1Column { get; init; }

    public int? Level1WeightColumn { get; init; }

    public int? Level2Column { get; init; }

    public required int NameColumn { get; init; }

    public int? TargetColumn { get; init; }

    public int? ActualColumn { get; init; }

    public int? WeightColumn { get; init; }

    public int? ScoreColumn { get; init; }

    public int? ReasonColumn { get; init; }

    public required IReadOnlyList<IndicatorRow> Rows { get; init; }

    /// <summary>The total row (合计 / 总分), when there is one.</summary>
    public int? TotalRow { get; init; }

    /// <summary>The total row's weight cell (100), when printed.</summary>
    public TableCell? TotalWeightCell { get; init; }

    /// <summary>The total row's score cell, when printed.</summary>
    public TableCell? TotalScoreCell { get; init; }

    /// <summary>0-based table index (as in locations).</summary>
    public int Index => Table.TableIndex;

    /// <summary>Whether rows carry weights and scores.</summary>
    public bool IsScored => WeightColumn is not null && ScoreColumn is not null;

    /// <summary>Reads the indicator tables of a document.</summary>
    public static IReadOnlyList<IndicatorTableView> ReadAll(IEnumerable<TableBlock> tables) =>
        [.. tables.Select(Read).OfType<IndicatorTableView>()];

    /// <summary>Reads one table, or null when its header does not name an indicator column and a target or score column.</summary>
    public static IndicatorTableView? Read(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var header = 0; header < Math.Min(table.RowCount, 12); header++)
        {
            if (ReadWithHeader(table, header) is { } view)
            {
                return view;
            }
        }

        return null;
    }

    private static IndicatorTableView? ReadWithHeader(TableBlock table, int header)
    {
        var cells = table.RowCells(header).Where(c => c.Row == header || c.Row + c.RowSpan - 1 == header).ToList();
        int? Find(Func<string, bool> predicate, int after = -1) =>
            cells.Where(c => c.Column > after && predicate(c.Value)).Select(c => (int?)c.Column).FirstOrDefault();

        var name = Find(v => v.Contains("三级指标", StringComparison.Ordinal)) ?? Find(v => v is "指标名称" or "指标内容");
        if (name is not { } nameColumn)
        {
            return null;
        }

        var level1 = Find(v => v.Contains("一级指标", StringComparison.Ordinal));
        var level2 = Find(v => v.Contains("二级指标", StringComparison.Ordinal));
        var target = Find(v => (v.Contains("指标值", StringComparison.Ordinal) || v.Contains("目标值", StringComparison.Ordinal)) && !v.Contains("实际", StringComparison.Ordinal), nameColumn);
        var actual = Find(v => v.Contains("完成值", StringComparison.Ordinal) || v.Contains("实际值", StringComparison.Ordinal) || v.StartsWith("实际完成", StringComparison.Ordinal), nameColumn);
        var weight = Find(IsWeightHeader, nameColumn);
        var score = Find(v => v.Contains("得分", StringComparison.Ordinal) && !v.Contains("得分率", StringComparison.Ordinal), nameColumn);
        var reason = Find(v => v.Contains("原因", StringComparison.Ordinal) || v.Contains("偏差", StringComparison.Ordinal), nameColumn);
        if (target is null && score is null)
        {
            return null;
        }

        var level1Weight = level1 is { } l1 ? Find(IsWeightHeader, l1) : null;
        if (level1Weight is { } lw && lw >= (level2 ?? nameColumn))
        {
            level1Weight = null;
        }

        var rows = new List<IndicatorRow>();
        int? totalRow = null;
        string previousLevel1 = string.Empty, previousLevel2 = string.Empty;
        TableCell? previousLevel1Cell = null, previousLevel2Cell = null;
        for (var r = header + 1; r < table.RowCount; r++)
        {
            if (IsTotalRow(table, r, nameColumn))
            {
                totalRow = r;
                break;
            }

            var nameCell = table.At(r, nameColumn);
            if (nameCell is null || nameCell.Row != r || nameCell.Column != nameColumn || nameCell.IsEmpty)
            {
                continue;
            }

            var level1Cell = level1 is { } c1 ? table.At(r, c1) : null;
            var level2Cell = level2 is { } c2 ? table.At(r, c2) : null;
            if (level1Cell is { IsEmpty: false })
            {
                (previousLevel1, previousLevel1Cell) = (level1Cell.Value, level1Cell);
            }

            if (level2Cell is { IsEmpty: false })
            {
                (previousLevel2, previousLevel2Cell) = (level2Cell.Value, level2Cell);
            }
            else if (level1Cell is { IsEmpty: false } && level1Cell.Row == r)
            {
                (previousLevel2, previousLevel2Cell) = (string.Empty, null);
            }

            rows.Add(new IndicatorRow
            {
                Table = table,
                Row = r,
                Level1 = previousLevel1,
                Level2 = previousLevel2,
                Level1Cell = previousLevel1Cell,
                Level2Cell = previousLevel2Cell,
                NameCell = nameCell,
                TargetCell = Own(table, r, target),
                ActualCell = Own(table, r, actual),
                WeightCell = Own(table, r, weight),
                ScoreCell = Own(table, r, score),
                ReasonCell = Own(table, r, reason),
            });
        }

        if (rows.Count == 0)
        {
            return null;
        }

        return new IndicatorTableView
        {
            Table = table,
            HeaderRow = header,
            Level1Column = level1,
            Level1WeightColumn = level1Weight,
            Level2Column = level2,
            NameColumn = nameColumn,
            TargetColumn = target,
            ActualColumn = actual,
            WeightColumn = weight,
            ScoreColumn = score,
            ReasonColumn = reason,
            Rows = rows,
            TotalRow = totalRow,
            TotalWeightCell = totalRow is { } t && weight is { } w ? table.At(t, w) : null,
            TotalScoreCell = totalRow is { } t2 && score is { } s ? table.At(t2, s) : null,
        };
    }

    private static bool IsWeightHeader(string header) => header is "分值" or "权重" or "标准分值" or "指标分值" || header.StartsWith("分值", StringComparison.Ordinal) || header.StartsWith("权重", StringComparison.Ordinal);

    /// <summary>The cell at (row, column) when it starts there: a cell merged from above or the left belongs to another row or column.</summary>
    private static TableCell? Own(TableBlock table, int row, int? column) =>
        column is { } c && table.At(row, c) is { } cell && cell.Row == row && cell.Column == c ? cell : null;

    private static bool IsTotalRow(TableBlock table, int row, int nameColumn)
    {
        foreach (var cell in table.RowCells(row).Where(c => c.Column <= nameColumn && c.Row == row))
        {
            var text = cell.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (text.StartsWith("合计", StringComparison.Ordinal) || text.StartsWith("总分", StringComparison.Ordinal)
                || text.StartsWith("总计", StringComparison.Ordinal) || text.StartsWith("得分合计", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
