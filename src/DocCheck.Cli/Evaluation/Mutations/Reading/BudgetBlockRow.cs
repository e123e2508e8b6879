using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>One row of a self-evaluation table's budget block (年度资金总额, 其中：当年财政拨款…).</summary>
internal sealed record BudgetBlockRow(
    int Row,
    string Label,
    TableCell? Initial,
    TableCell? Annual,
    TableCell? Spent,
    TableCell? Weight,
    TableCell? Rate,
    TableCell? Score)
{
    /// <summary>A cell's single number, or null.</summary>
    public static NumberToken? Number(TableCell? cell) => cell is null ? null : NumberScanner.Plain(cell.Value);
}
