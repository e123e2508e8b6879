namespace DocCheck.Ingest.Pdf;

/// <summary>A table rebuilt from ruling lines: its grid and its cells (merged where inner lines are missing).</summary>
internal sealed class LatticeTable
{
    public required Rect Box { get; init; }

    /// <summary>Column boundaries, left to right.</summary>
    public required double[] Xs { get; init; }

    /// <summary>Row boundaries, top to bottom.</summary>
    public required double[] Ys { get; init; }

    public required List<LatticeCell> Cells { get; init; }

    /// <summary>Whether the grid's top boundary is drawn over each column (false where a merged cell runs in from the page before).</summary>
    public required bool[] TopDrawn { get; init; }

    /// <summary>Whether the grid's bottom boundary is drawn under each column (false where the page break cut the table open).</summary>
    public required bool[] BottomDrawn { get; init; }

    public int Rows => Ys.Length - 1;

    public int Columns => Xs.Length - 1;

    private LatticeCell?[]? _slots;

    /// <summary>The cell covering a point inside the table's box.</summary>
    public LatticeCell? CellAt(double x, double y)
    {
        var column = Array.BinarySearch(Xs, x);
        column = column >= 0 ? Math.Min(column, Columns - 1) : Math.Clamp(~column - 1, 0, Columns - 1);
        var row = 0;
        while (row < Rows - 1 && y < Ys[row + 1])
        {
            row++;
        }

        return Slots()[(row * Columns) + column];
    }

    /// <summary>The cell covering each grid slot, row by row.</summary>
    public LatticeCell?[] Slots()
    {
        if (_slots is null)
        {
            var slots = new LatticeCell?[Rows * Columns];
            foreach (var cell in Cells)
            {
                for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    {
                        slots[(r * Columns) + c] = cell;
                    }
                }
            }

            _slots = slots;
        }

        return _slots;
    }
}

/// <summary>A cell of a lattice table.</summary>
internal sealed class LatticeCell
{
    public required int Row { get; init; }

    public required int Column { get; init; }

    public required int RowSpan { get; init; }

    public required int ColumnSpan { get; init; }

    public required Rect Box { get; init; }

    public string Text { get; set; } = string.Empty;

    /// <summary>How many printed lines the cell's text takes.</summary>
    public int LineCount { get; set; }

    /// <summary>The bottom of the cell's lowest line (the cell's bottom when empty).</summary>
    public double TextBottom { get; set; }

    /// <summary>Whether the cell's last line fills the cell's width (so the next word could not fit).</summary>
    public bool LastLineFull { get; set; }

    /// <summary>The size of the cell's text (the body size when empty).</summary>
    public double FontSize { get; set; } = 10.5;

    public List<LatticeTable> Nested { get; } = [];
}
