using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>
/// The budget block of a 项目支出绩效自评表 (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分),
/// read from its header row.
/// </summary>
internal sealed record BudgetBlockView(TableBlock Table, int HeaderRow, IReadOnlyList<BudgetBlockRow> Rows)
{
    /// <summary>Reads the budget blocks of a document's tables.</summary>
    public static IReadOnlyList<BudgetBlockView> ReadAll(IEnumerable<TableBlock> tables) => [.. tables.Select(Read).OfType<BudgetBlockView>()];

    private static BudgetBlockView? Read(TableBlock table)
    {
        for (var header = 0; header < table.RowCount; header++)
        {
            var cells = table.RowCells(header).Where(c => c.Row + c.RowSpan - 1 == header).ToList();
            int? Find(Func<string, bool> predicate) => cells.Where(c => predicate(c.Value)).Select(c => (int?)c.Column).FirstOrDefault();
            var initial = Find(v => v.Contains("年初预算", StringComparison.Ordinal));
            var annual = Find(v => v.Contains("全年预算", StringComparison.Ordinal) || v.Contains("调整后预算", StringComparison.Ordinal));
            var spent = Find(v => v.Contains("执行数", StringComparison.Ordinal) || v.Contains("实际支出", StringComparison.Ordinal));
            if (initial is null || annual is null || spent is null)
            {
                continue;
            }

            var weight = Find(v => v is "分值" or "权重");
            var rate = Find(v => v.Contains("执行率", StringComparison.Ordinal));
            var score = Find(v => v.Contains("得分", StringComparison.Ordinal));
            var rows = new List<BudgetBlockRow>();
            for (var r = header + 1; r < table.RowCount; r++)
            {
                var annualCell = Own(table, r, annual);
                if (BudgetBlockRow.Number(annualCell) is null)
                {
                    break;
                }

                var label = table.RowCells(r).FirstOrDefault(c => c.Column < initial && !c.IsEmpty)?.Value ?? string.Empty;
                rows.Add(new BudgetBlockRow(r, label, Own(table, r, initial), annualCell, Own(table, r, spent),
                    Own(table, r, weight), Own(table, r, rate), Own(table, r, score)));
            }

            return rows.Count == 0 ? null : new BudgetBlockView(table, header, rows);
        }

        return null;
    }

    private static TableCell? Own(TableBlock table, int row, int? column) =>
        column is { } c && table.At(row, c) is { } cell && cell.Row == row && cell.Column == c ? cell : null;
}
