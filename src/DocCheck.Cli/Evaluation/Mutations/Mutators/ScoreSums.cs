using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>The sums of a scoring table's row scores that a total may be checked against.</summary>
internal static class ScoreSums
{
    /// <summary>
    /// The rows' scores added up, with and without the budget-execution score of a budget block in the same table
    /// (the 自评表's total includes it), each moved by <paramref name="change"/>.
    /// </summary>
    public static IReadOnlyList<decimal> After(ReportView report, IndicatorTableView table, decimal change)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => r.Score?.Value ?? 0m).Sum() + change;
        var execution = report.BudgetBlocks.Where(b => ReferenceEquals(b.Table, table.Table))
            .SelectMany(b => b.Rows.Take(1)).Select(r => BudgetBlockRow.Number(r.Score)?.Value ?? 0m).Sum();
        return execution == 0 ? [rows] : [rows, rows + execution];
    }

    /// <summary>Whether the table's total score equals its rows' (with or without the execution score).</summary>
    public static bool TotalAddsUp(ReportView report, IndicatorTableView table)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        if (table.TotalScoreCell is null || NumberScanner.Plain(table.TotalScoreCell.Value) is not { } total)
        {
            return false;
        }

        // Scores of a scoring table are assigned, not measured: exact, whatever their decimals (rules.md).
        return After(report, table, 0m).Any(sum => Math.Abs(sum - total.Value) < 0.0001m);
    }

    /// <summary>The weights added up (with the execution block's weight as a second candidate).</summary>
    public static IReadOnlyList<decimal> Weights(ReportView report, IndicatorTableView table, decimal change)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => r.Weight?.Value ?? 0m).Sum() + change;
        var execution = report.BudgetBlocks.Where(b => ReferenceEquals(b.Table, table.Table))
            .SelectMany(b => b.Rows.Take(1)).Select(r => BudgetBlockRow.Number(r.Weight)?.Value ?? 0m).Sum();
        return execution == 0 ? [rows] : [rows, rows + execution];
    }
}
