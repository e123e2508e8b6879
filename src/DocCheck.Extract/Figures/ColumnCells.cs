using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Figures;

/// <summary>The cells the column readers (<see cref="RateColumnExtractor"/>, <see cref="DifferenceColumnExtractor"/>) and the rules that read tables row by row work with.</summary>
public static class ColumnCells
{
    /// <summary>The cell that starts at (row, column), not one merged into it from above or the left.</summary>
    public static TableCell? OwnCell(TableBlock table, int row, int column) =>
        table.At(row, column) is { } cell && cell.Row == row && cell.Column == column ? cell : null;

    /// <summary>The text of a column's header cell, or empty.</summary>
    public static string HeaderOf(TableBlock table, int headerRow, int column) =>
        table.At(headerRow, column) is { IsEmpty: false } cell ? cell.Text.Original.Trim() : string.Empty;

    /// <summary>A row's first cell that is not a number: what the row is about (石湾县, 市级财政, 合计).</summary>
    public static string RowLabel(TableBlock table, int row) =>
        table.RowCells(row).FirstOrDefault(c => !c.IsEmpty && NumberParser.ParseValue(c.Value) is null)?.Text.Original.Trim() ?? string.Empty;
}
