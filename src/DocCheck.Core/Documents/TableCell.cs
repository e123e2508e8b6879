using DocCheck.Core.Text;

namespace DocCheck.Core.Documents;

/// <summary>
/// A logical table cell after merges are resolved: it starts at (<paramref name="Row"/>, <paramref name="Column"/>)
/// of the table's grid (0-based) and covers <paramref name="RowSpan"/> × <paramref name="ColumnSpan"/> grid slots.
/// </summary>
/// <param name="Row">0-based first row.</param>
/// <param name="Column">0-based first column.</param>
/// <param name="RowSpan">Rows covered (vertical merge).</param>
/// <param name="ColumnSpan">Columns covered (horizontal merge).</param>
/// <param name="Text">The cell's text; paragraphs within the cell are separated by '\n'.</param>
/// <param name="Location">Where the cell is.</param>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, NormalizedText Text, SourceLocation Location)
{
    /// <summary>The cell's normalised text.</summary>
    public string Value => Text.Value;

    /// <summary>Whether the cell holds no text.</summary>
    public bool IsEmpty => Text.Value.Length == 0;
}
