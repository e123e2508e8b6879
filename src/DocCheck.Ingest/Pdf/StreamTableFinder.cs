using UglyToad.PdfPig.Content;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Rebuilds tables drawn with few or no lines (borderless, or 三线表 with rules only above, below and under the
/// header) from how their text aligns: consecutive lines that break into pieces at wide gaps, with pieces starting
/// at the same positions, are the rows of a table whose columns start at those positions. A wrapped cell's next
/// line follows closer than the next row does (cell padding), so a row ends where the line spacing widens.
/// </summary>
internal static class StreamTableFinder
{
    /// <summary>Pieces start at the same column when their left edges are this close (points).</summary>
    private const double Align = 3;

    /// <summary>Lines and rows come from this many lines of two or more pieces at least.</summary>
    private const int MinRows = 2;

    /// <summary>Finds the tables among <paramref name="lines"/> and removes their lines from it.</summary>
    public static List<LatticeTable> Find(List<TextLine> lines)
    {
        var tables = new List<LatticeTable>();
        var pieces = lines.Select(Pieces).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            if (pieces[i].Count < 2 || Region(lines, pieces, i) is not { } region)
            {
                i++;
                continue;
            }

            if (Build(lines, pieces, region.Start, region.End) is { } table)
            {
                tables.Add(table);
                lines.RemoveRange(region.Start, region.End - region.Start);
                pieces.RemoveRange(region.Start, region.End - region.Start);
                continue;
            }

            i = region.End;
        }

        return tables;
    }

    /// <summary>A line cut where the gap between letters is wider than any word spacing.</summary>
    private static List<TextLine> Pieces(TextLine line)
    {
        var result = new List<TextLine>();
        var start = 0;
        for (var k = 1; k <= line.Letters.Count; k++)
        {
            if (k == line.Letters.Count || Gap(line.Letters[k - 1], line.Letters[k]) > Math.Max(line.FontSize, 1) * 0.6)
            {
                if (LineBuilder.Make(line.Letters.Skip(start).Take(k - start).ToList()) is { } piece)
                {
                    result.Add(piece);
                }

                start = k;
            }
        }

        return result;
    }

    private static double Gap(Letter left, Letter right) => right.StartBaseLine.X - (left.StartBaseLine.X + left.Width);

    /// <summary>
    /// The run of lines from <paramref name="first"/> that forms a table: lines of several pieces whose starts
    /// line up with the first line's, and between and after them single pieces that start at one of those
    /// columns (a wrapped cell's further lines).
    /// </summary>
    private static (int Start, int End)? Region(List<TextLine> lines, List<List<TextLine>> pieces, int first)
    {
        var columns = pieces[first].Select(p => p.Left).ToList();
        var multi = 1;
        var end = first + 1;
        for (var k = first + 1; k < lines.Count; k++)
        {
            var size = Math.Max(lines[k].FontSize, 1);
            if (lines[k - 1].Baseline - lines[k].Baseline > size * 3 || Math.Abs(lines[k].FontSize - lines[first].FontSize) > 0.6)
            {
                break;
            }

            var aligned = pieces[k].Count(p => columns.Any(c => Math.Abs(c - p.Left) <= Align));
            if (pieces[k].Count >= 2 && aligned >= 2)
            {
                columns.AddRange(pieces[k].Select(p => p.Left).Where(x => columns.All(c => Math.Abs(c - x) > Align)));
                multi++;
                end = k + 1;
            }
            else if (pieces[k].Count >= 1 && aligned == pieces[k].Count && columns.Count >= 2 && pieces[k][0].Left > columns.Min() + Align)
            {
                // A wrapped cell's further line (not in the first column, where running text would start).
                end = k + 1;
            }
            else
            {
                break;
            }
        }

        return multi >= MinRows ? (first, end) : null;
    }

    private static LatticeTable? Build(List<TextLine> lines, List<List<TextLine>> pieces, int start, int end)
    {
        // Columns start where pieces start (left-aligned cells; a continued part may have one row).
        var lefts = new List<(double X, int Count)>();
        for (var k = start; k < end; k++)
        {
            foreach (var piece in pieces[k])
            {
                var index = lefts.FindIndex(c => Math.Abs(c.X - piece.Left) <= Align);
                if (index < 0)
                {
                    lefts.Add((piece.Left, 1));
                }
                else
                {
                    lefts[index] = (Math.Min(lefts[index].X, piece.Left), lefts[index].Count + 1);
                }
            }
        }

        var starts = lefts.Select(c => c.X).Order().ToList();
        if (starts.Count < 2)
        {
            return null;
        }

        var right = Enumerable.Range(start, end - start).Max(k => lines[k].Right);
        var xs = starts.Select(x => x - 1).Append(right + 1).ToArray();

        // Rows: a wider step between baselines than within a wrapped cell starts a new row.
        var steps = Enumerable.Range(start + 1, end - start - 1).Select(k => lines[k - 1].Baseline - lines[k].Baseline).ToList();
        var tightest = steps.Count == 0 ? 0 : steps.Min();
        var rowOf = new int[end - start];
        for (var k = start + 1; k < end; k++)
        {
            var step = lines[k - 1].Baseline - lines[k].Baseline;
            rowOf[k - start] = rowOf[k - start - 1] + (step > tightest * 1.12 || pieces[k].Count >= 2 && steps.All(s => s <= tightest * 1.12) ? 1 : 0);
        }

        var rowCount = rowOf[^1] + 1;
        var ys = new double[rowCount + 1];
        ys[0] = lines[start].Box.Top + 1;
        ys[rowCount] = lines[end - 1].Box.Bottom - 1;
        for (var k = start + 1; k < end; k++)
        {
            if (rowOf[k - start] != rowOf[k - start - 1])
            {
                ys[rowOf[k - start]] = (lines[k - 1].Box.Bottom + lines[k].Box.Top) / 2;
            }
        }

        // Every piece goes to the column it starts in, spanning the columns it runs across.
        var cells = new Dictionary<(int Row, int Column), (int Span, List<TextLine> Lines)>();
        for (var k = start; k < end; k++)
        {
            foreach (var piece in pieces[k])
            {
                var column = Math.Max(0, starts.FindLastIndex(x => x <= piece.Left + Align));
                var span = Math.Max(1, starts.Count(x => x > piece.Left + Align && x < piece.Right - Align) + 1);
                var key = (rowOf[k - start], column);
                if (cells.TryGetValue(key, out var cell))
                {
                    cell.Lines.Add(piece);
                    cells[key] = (Math.Max(cell.Span, span), cell.Lines);
                }
                else
                {
                    cells[key] = (span, [piece]);
                }
            }
        }

        var built = new List<LatticeCell>();
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < starts.Count;)
            {
                var span = cells.TryGetValue((r, c), out var found) ? Math.Min(found.Span, starts.Count - c) : 1;
                var cell = new LatticeCell { Row = r, Column = c, RowSpan = 1, ColumnSpan = span, Box = new Rect(xs[c], ys[r + 1], xs[c + span], ys[r]) };
                PageAnalyzer.Fill(cell, found.Lines ?? []);
                built.Add(cell);
                c += span;
            }
        }

        var drawn = Enumerable.Repeat(true, starts.Count).ToArray();
        return new LatticeTable { Box = new Rect(xs[0], ys[^1], xs[^1], ys[0]), Xs = xs, Ys = ys, Cells = built, BottomDrawn = drawn, Ruled = false };
    }
}
