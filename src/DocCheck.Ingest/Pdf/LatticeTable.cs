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

    /// <summary>Whether the grid's bottom boundary is drawn under each column (false where the page break cut the table open).</summary>
    public required bool[] BottomDrawn { get; init; }

    /// <summary>Whether the table was rebuilt from its lines (false: from the alignment of its text).</summary>
    public bool Ruled { get; init; } = true;

    public int Rows => Ys.Length - 1;

    public int Columns => Xs.Length - 1;

    private LatticeCell?[]? _slots;

    /// <summary>The same table with its column lines moved to the nearest of <paramref name="xs"/> (its right edge to the last).</summary>
    public LatticeTable SnappedTo(double[] xs)
    {
        double Snap(double x) => x >= Xs[^1] - 0.5 ? xs[^1] : xs.MinBy(candidate => Math.Abs(candidate - x));
        return new LatticeTable
        {
            Box = Box with { Left = Snap(Box.Left), Right = xs[^1] },
            Xs = [.. Xs.Select(Snap)],
            Ys = Ys,
            Ruled = Ruled,
            BottomDrawn = BottomDrawn,
            Cells = [.. Cells.Select(c => c.With(c.Box with { Left = Snap(c.Box.Left), Right = Snap(c.Box.Right) }))],
        };
    }

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

    /// <summary>A copy of the cell with another box.</summary>
    public LatticeCell With(Rect box)
    {
        var copy = new LatticeCell
        {
            Row = Row,
            Column = Column,
            RowSpan = RowSpan,
            ColumnSpan = ColumnSpan,
            Box = box,
            Text = Text,
            LineCount = LineCount,
            TextBottom = TextBottom,
            LastLineFull = LastLineFull,
            FontSize = FontSize,
        };
        copy.Nested.AddRange(Nested);
        return copy;
    }
}
