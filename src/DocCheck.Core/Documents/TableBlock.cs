using System.Collections.Immutable;

namespace DocCheck.Core.Documents;

/// <summary>A table with its merged cells resolved into a logical grid.</summary>
public sealed record TableBlock : Block
{
    private readonly int[] _grid;

    /// <summary>Creates a table from its logical cells; every grid slot must be covered by at most one cell.</summary>
    public TableBlock(int index, SourceLocation location, int tableIndex, int rowCount, int columnCount,
        ImmutableArray<TableCell> cells, SourceLocation? parentCell = null)
        : base(index, location)
    {
        TableIndex = tableIndex;
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
        ParentCell = parentCell;
        _grid = new int[rowCount * columnCount];
        Array.Fill(_grid, -1);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            for (var r = cell.Row; r < Math.Min(rowCount, cell.Row + cell.RowSpan); r++)
            {
                for (var c = cell.Column; c < Math.Min(columnCount, cell.Column + cell.ColumnSpan); c++)
                {
                    _grid[(r * columnCount) + c] = i;
                }
            }
        }

        _rows = BuildRows();
    }

    /// <summary>0-based index of the table in document order (nested tables counted after their parent).</summary>
    public int TableIndex { get; }

    /// <summary>Rows of the logical grid.</summary>
    public int RowCount { get; }

    /// <summary>Columns of the logical grid.</summary>
    public int ColumnCount { get; }

    /// <summary>The logical cells, in row-major order of their top-left slot.</summary>
    public ImmutableArray<TableCell> Cells { get; }

    /// <summary>For a nested table, the cell that holds it.</summary>
    public SourceLocation? ParentCell { get; }

    /// <summary>The cell covering grid slot (row, column), or null where a row is short.</summary>
    public TableCell? At(int row, int column)
    {
        if (row < 0 || row >= RowCount || column < 0 || column >= ColumnCount)
        {
            return null;
        }

        var index = _grid[(row * ColumnCount) + column];
        return index < 0 ? null : Cells[index];
    }

    /// <summary>The normalised text at (row, column), empty where no cell covers it.</summary>
    public string TextAt(int row, int column) => At(row, column)?.Value ?? string.Empty;

    /// <summary>The distinct cells met along a row, left to right (a merged cell once).</summary>
    public IReadOnlyList<TableCell> RowCells(int row)
    {
        return row >= 0 && row < _rows.Length ? _rows[row] : [];
    }

    private readonly TableCell[][] _rows;

    private TableCell[][] BuildRows()
    {
        var rows = new TableCell[RowCount][];
        for (var row = 0; row < RowCount; row++)
        {
            var cells = new List<TableCell>(ColumnCount);
            for (var c = 0; c < ColumnCount; c++)
            {
                if (At(row, c) is { } cell && (cells.Count == 0 || !ReferenceEquals(cells[^1], cell)))
                {
                    cells.Add(cell);
                }
            }

            rows[row] = [.. cells];
        }

        return rows;
    }
}
