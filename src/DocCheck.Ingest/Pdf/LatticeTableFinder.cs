namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Rebuilds ruled tables from a page's ruling lines: lines that touch form a table; the distinct positions of its
/// vertical and horizontal lines form the grid; a grid cell merges with its neighbour where the line between them is
/// missing. Tables whose box lies inside another table's cell are nested tables.
/// </summary>
internal static class LatticeTableFinder
{
    private const double Touch = RulingExtractor.Snap;

    /// <summary>A gap between two column lines narrower than this holds no text: it is a cell's padding around a nested table.</summary>
    private const double MaxCellPadding = 8;

    public static List<LatticeTable> Find(IReadOnlyList<Segment> segments)
    {
        var tables = new List<LatticeTable>();
        var pending = new Queue<List<Segment>>(Components(segments));
        while (pending.TryDequeue(out var component))
        {
            var horizontals = component.Where(s => s.Horizontal).ToList();
            var verticals = component.Where(s => !s.Horizontal).ToList();
            if (horizontals.Count < 2 || verticals.Count < 2)
            {
                continue;
            }

            // A nested table touches its host cell's lines; take it out and rebuild it on its own.
            if (NestedRegion(verticals) is { } region)
            {
                var (inner, outer) = SplitOff(component, region);
                pending.Enqueue(inner);
                pending.Enqueue(outer);
                continue;
            }

            if (Build(horizontals, verticals) is { } table && (table.Rows >= 2 || table.Columns >= 2) && table.Cells.Count >= 2)
            {
                tables.Add(table);
            }
        }

        // Nest tables that sit inside another table's cell.
        var roots = new List<LatticeTable>();
        foreach (var table in tables.OrderByDescending(t => t.Box.Width * t.Box.Height))
        {
            var host = tables.Where(t => !ReferenceEquals(t, table) && t.Box.Width * t.Box.Height > table.Box.Width * table.Box.Height)
                .SelectMany(t => t.Cells)
                .FirstOrDefault(c => c.Box.Contains(table.Box.Left, table.Box.Bottom, 1) && c.Box.Contains(table.Box.Right, table.Box.Top, 1));
            if (host is null)
            {
                roots.Add(table);
            }
            else
            {
                host.Nested.Add(table);
            }
        }

        return roots.OrderByDescending(t => t.Box.Top).ToList();
    }

    /// <summary>
    /// The box of a table nested in a cell, found by its side lines: each runs just inside a longer line of the
    /// host cell (within the cell padding, closer than any real column is narrow), over the same height.
    /// </summary>
    private static Rect? NestedRegion(List<Segment> verticals)
    {
        bool Hugs(Segment inner, int direction) => verticals.Any(outer =>
        {
            var gap = (inner.Position - outer.Position) * direction;
            return gap > Touch && gap <= MaxCellPadding && outer.From <= inner.From + Touch && outer.To >= inner.To - Touch;
        });

        foreach (var left in verticals.Where(v => Hugs(v, 1)).OrderBy(v => v.Position))
        {
            var right = verticals
                .Where(v => v.Position > left.Position + Touch && Math.Abs(v.From - left.From) <= Touch && Math.Abs(v.To - left.To) <= Touch && Hugs(v, -1))
                .OrderBy(v => v.Position)
                .FirstOrDefault();
            if (right.Length > 0)
            {
                return new Rect(left.Position, left.From, right.Position, left.To);
            }
        }

        return null;
    }

    /// <summary>
    /// Splits a component into the lines of the nested table inside <paramref name="region"/> (with its top and
    /// bottom lines, which coincide with the host's and were joined to them) and the rest.
    /// </summary>
    private static (List<Segment> Inner, List<Segment> Outer) SplitOff(List<Segment> component, Rect region)
    {
        var inner = new List<Segment>
        {
            new(true, region.Top, region.Left, region.Right),
            new(true, region.Bottom, region.Left, region.Right),
        };
        var outer = new List<Segment>();
        foreach (var segment in component)
        {
            var inside = segment.Horizontal
                ? segment.From >= region.Left - Touch && segment.To <= region.Right + Touch && segment.Position >= region.Bottom - Touch && segment.Position <= region.Top + Touch
                : segment.Position >= region.Left - Touch && segment.Position <= region.Right + Touch && segment.From >= region.Bottom - Touch && segment.To <= region.Top + Touch;
            (inside ? inner : outer).Add(segment);
        }

        return (inner, outer);
    }

    private static List<List<Segment>> Components(IReadOnlyList<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[i].Horizontal != segments[j].Horizontal && Intersect(segments[i], segments[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, segments.Count).GroupBy(Find).Select(g => g.Select(i => segments[i]).ToList()).ToList();
    }

    private static bool Intersect(Segment a, Segment b)
    {
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.Position >= h.From - Touch && v.Position <= h.To + Touch && h.Position >= v.From - Touch && h.Position <= v.To + Touch;
    }

    private static LatticeTable? Build(List<Segment> drawn, List<Segment> verticals)
    {
        var horizontals = Close(drawn, verticals);
        var xs = Positions(verticals.Select(v => v.Position));
        var ys = Positions(horizontals.Select(h => h.Position)).Reverse().ToArray();
        if (xs.Length < 2 || ys.Length < 2)
        {
            return null;
        }

        var rows = ys.Length - 1;
        var columns = xs.Length - 1;
        bool Covered(List<Segment> lines, double position, double from, double to) =>
            lines.Any(l => Math.Abs(l.Position - position) <= Touch && l.From <= from + ((to - from) * 0.25) && l.To >= to - ((to - from) * 0.25));

        // Union grid slots across missing inner lines.
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Covered(verticals, xs[c + 1], ys[r + 1], ys[r]))
                {
                    parent[Find((r * columns) + c)] = Find((r * columns) + c + 1);
                }

                if (r + 1 < rows && !Covered(horizontals, ys[r + 1], xs[c], xs[c + 1]))
                {
                    parent[Find((r * columns) + c)] = Find(((r + 1) * columns) + c);
                }
            }
        }

        var cells = new List<LatticeCell>();
        var taken = new bool[rows * columns];
        foreach (var region in Enumerable.Range(0, rows * columns).GroupBy(Find).OrderBy(g => g.Min()))
        {
            var minR = region.Min(i => i / columns);
            var maxR = region.Max(i => i / columns);
            var minC = region.Min(i => i % columns);
            var maxC = region.Max(i => i % columns);
            if (taken[(minR * columns) + minC])
            {
                continue;
            }

            for (var r = minR; r <= maxR; r++)
            {
                for (var c = minC; c <= maxC; c++)
                {
                    taken[(r * columns) + c] = true;
                }
            }

            cells.Add(new LatticeCell
            {
                Row = minR,
                Column = minC,
                RowSpan = maxR - minR + 1,
                ColumnSpan = maxC - minC + 1,
                Box = new Rect(xs[minC], ys[maxR + 1], xs[maxC + 1], ys[minR]),
            });
        }

        var bottomDrawn = Enumerable.Range(0, columns).Select(c => Covered(drawn, ys[^1], xs[c], xs[c + 1])).ToArray();
        return new LatticeTable
        {
            Box = new Rect(xs[0], ys[^1], xs[^1], ys[0]),
            Xs = xs,
            Ys = ys,
            Cells = cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList(),
            BottomDrawn = bottomDrawn,
        };
    }

    /// <summary>
    /// The horizontal lines with the table closed where a page break cut it open: some producers (Chromium) draw no
    /// line at the cut, so the column lines run on past the last row line. Where two or more of them do, a line
    /// is assumed where they end (and <see cref="LatticeTable.BottomDrawn"/> says it was not drawn).
    /// </summary>
    private static List<Segment> Close(List<Segment> drawn, List<Segment> verticals)
    {
        var horizontals = new List<Segment>(drawn);
        var left = verticals.Min(v => v.Position);
        var right = verticals.Max(v => v.Position);
        var highest = drawn.Max(h => h.Position);
        var lowest = drawn.Min(h => h.Position);
        var top = verticals.Max(v => v.To);
        var bottom = verticals.Min(v => v.From);
        if (top > highest + Touch && verticals.Count(v => v.To >= top - Touch) >= 2)
        {
            horizontals.Add(new Segment(true, top, left, right));
        }

        if (bottom < lowest - Touch && verticals.Count(v => v.From <= bottom + Touch) >= 2)
        {
            horizontals.Add(new Segment(true, bottom, left, right));
        }

        return horizontals;
    }

    /// <summary>Distinct positions, clustered within the snap distance.</summary>
    private static double[] Positions(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var clusters = new List<List<double>>();
        foreach (var value in sorted)
        {
            if (clusters.Count > 0 && value - clusters[^1][^1] <= Touch)
            {
                clusters[^1].Add(value);
            }
            else
            {
                clusters.Add([value]);
            }
        }

        return clusters.Select(c => c.Average()).ToArray();
    }
}
