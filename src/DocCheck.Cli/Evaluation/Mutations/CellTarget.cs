using System.Globalization;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>A table cell, by the top-left slot of its logical cell.</summary>
/// <param name="Table">0-based table index in document order.</param>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based column.</param>
internal sealed record CellTarget(int Table, int Row, int Column) : EditTarget
{
    public override string Ref => string.Create(CultureInfo.InvariantCulture, $"T{Table + 1}[r{Row + 1},c{Column + 1}]");

    /// <summary>The table's own compact location (T2), which every cell location of it starts with.</summary>
    public string TableRef => TableRefOf(Table);

    /// <summary>The target of a cell as read.</summary>
    public static CellTarget Of(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new CellTarget(cell.Location.Table ?? -1, cell.Row, cell.Column);
    }

    /// <summary>The compact location of a whole table (T2) from its 0-based index.</summary>
    public static string TableRefOf(int table) => string.Create(CultureInfo.InvariantCulture, $"T{table + 1}");
}
