using DocCheck.Core.Documents;
using DocCheck.Core.Text;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// A ruled table put together from its parts on consecutive pages. A part on the next page drops rows that repeat
/// the table's header; its top cells carry on the cells above where the part's top line is missing (a merged cell
/// across the break) or where the break split a row (see <see cref="SplitsRow"/>). Columns are the union of all
/// parts' column lines, so a part with fewer lines still fits.
/// </summary>
internal sealed partial class StitchedTable
{
    private const double Snap = RulingExtractor.Snap;

    /// <summary>At most this many leading rows are compared when looking for a repeated header.</summary>
    private const int MaxHeaderRows = 3;

    private readonly List<GridCell> _cells = [];
    private readonly bool _ruled;
    private readonly double[] _xs;
    private int _rows;

    public StitchedTable(LatticeTable start, int page)
    {
        Page = page;
        Box = start.Box;
        _ruled = start.Ruled;
        _xs = start.Xs;
        Append(start, page, firstRow: 0, offset: 0, carried: []);
    }

    public int Page { get; }

    public Rect Box { get; }

    /// <summary>Whether <paramref name="part"/>, first on the next page, continues this table: the same outer edges.</summary>
    public bool IsContinuedBy(LatticeTable part) => part.Ruled == _ruled && (_ruled
        ? Math.Abs(part.Box.Left - Box.Left) <= Snap && Math.Abs(part.Box.Right - Box.Right) <= Snap
        : part.Xs.SkipLast(1).All(x => _xs.Any(mine => Math.Abs(mine - x) <= Snap)));

    /// <summary>Adds the part on the next page.</summary>
    public void Continue(LatticeTable part, int page)
    {
        // A table rebuilt from alignment knows only the columns its part has text in, and ends where its text does.
        part = _ruled ? part : part.SnappedTo(_xs);
        var skip = RepeatedHeaderRows(part);
        var first = part.Cells.Where(c => c.Row == skip).ToList();
        var last = CellsInRow(_rows - 1);
        var carried = new Dictionary<LatticeCell, GridCell>();
        if (skip < part.Rows && SplitsRow(first, last))
        {
            foreach (var cell in first)
            {
                carried[cell] = Counterpart(cell, last)!;
            }

            Append(part, page, skip, offset: _rows - 1 - skip, carried);
            return;
        }

        // Otherwise the row is new. (A missing top line says nothing more: Chromium draws none at any break, and an
        // empty cell there may continue a merged cell or be empty in its own right; the reader keeps it separate,
        // which the indicator extraction reads the same way: an empty level cell continues the level above.)
        Append(part, page, skip, offset: _rows - skip, carried);
    }

    /// <summary>The table in the form the document builder takes.</summary>
    public TableDraft ToDraft()
    {
        var xs = Boundaries();
        int ColumnOf(double x) => xs.Select((b, i) => (Distance: Math.Abs(b - x), Index: i)).MinBy(p => p.Distance).Index;
        var rows = new List<IReadOnlyList<CellDraft>>(_rows);
        for (var r = 0; r < _rows; r++)
        {
            var row = new List<CellDraft>();
            var next = 0;
            foreach (var cell in CellsInRow(r))
            {
                var column = ColumnOf(cell.Left);
                var span = Math.Max(1, ColumnOf(cell.Right) - column);
                if (column < next)
                {
                    continue;
                }

                row.Add(cell.Row == r
                    ? new CellDraft
                    {
                        Text = cell.Text,
                        ColumnSpan = span,
                        SkipColumnsBefore = column - next,
                        Page = cell.Page,
                        Box = cell.Box.ToBox(),
                        NestedTables = cell.Nested.Select(n => new StitchedTable(n, cell.Page).ToDraft()).ToList(),
                    }
                    : new CellDraft { Text = string.Empty, ColumnSpan = span, SkipColumnsBefore = column - next, ContinuesVerticalMerge = true });
                next = column + span;
            }

            rows.Add(row);
        }

        return new TableDraft { Rows = rows, Page = Page, Box = Box.ToBox() };
    }

    /// <summary>
    /// Whether the break split the table's last row, so that <paramref name="first"/> (the top row of the next part)
    /// holds the rest of <paramref name="last"/>: both rows have the same cells; some cells of the top row are empty
    /// (their text was complete before the break); and every cell with text continues a cell that ran to the bottom
    /// of its row, and none is a value; and either every such cell above ends in a full line (a wrap, not a paragraph
    /// end), or a blank cell follows one with text or ends the row, or at most half the cells continue. A new row that leaves its leading cells blank (they continue the level above) has text
    /// in all the cells after them.
    /// </summary>
    private static bool SplitsRow(List<LatticeCell> first, List<GridCell> last)
    {
        if (first.Count == 0 || first.Count != last.Count)
        {
            return false;
        }

        var continuing = 0;
        var blankAfterText = false;
        var allFull = true;
        foreach (var cell in first)
        {
            if (Counterpart(cell, last) is not { } above)
            {
                return false;
            }

            if (cell.Text.Length == 0)
            {
                blankAfterText |= continuing > 0 || above.Text.Length > 0 && cell != first[0] && first.TakeWhile(c => c != cell).Any(c => c.Text.Length > 0);
                continue;
            }

            // Ran to the bottom: no room was left for another line (line spacing and cell padding vary by producer).
            var ranToBottom = above.Text.Length > 0 && above.TextBottom - above.Box.Bottom < (above.FontSize * 3) + 6;
            if (!ranToBottom || (LooksLikeValue(cell.Text) && !(above.LastLineFull && ContinuesNumber(above.Text, cell.Text))))
            {
                return false;
            }

            continuing++;
            allFull &= above.LastLineFull;
        }

        // Text runs over in a few long cells. A new row that leaves its leading (hierarchy) cells blank has text in
        // all the cells after them, more than half the row.
        return continuing > 0 && (allFull || blankAfterText || first[^1].Text.Length == 0 || continuing * 2 <= last.Count(c => c.Text.Length > 0));
    }

    /// <summary>A number or value (18所, ≥95%, 2000㎡): something a page break does not cut in two.</summary>
    private static bool LooksLikeValue(string text) => Value().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[≥≤<>=＞＜≧≦约]?\s*[0-9０-９]")]
    private static partial System.Text.RegularExpressions.Regex Value();

    /// <summary>A number cut in two by a narrow column: 1 | 00, 99 | .16.</summary>
    private static bool ContinuesNumber(string before, string after) =>
        before.Length > 0 && (char.IsAsciiDigit(before[^1]) || before[^1] is '.' or ',') && after.TrimStart().FirstOrDefault() is >= '0' and <= '9' or '.' or '%' or '％';

    private static GridCell? Counterpart(LatticeCell cell, List<GridCell> row) =>
        row.FirstOrDefault(g => Math.Abs(g.Left - cell.Box.Left) <= Snap && Math.Abs(g.Right - cell.Box.Right) <= Snap);

    /// <summary>How many of the part's first rows repeat the table's first rows (Word's "repeat as header row").</summary>
    private int RepeatedHeaderRows(LatticeTable part)
    {
        for (var count = Math.Min(Math.Min(MaxHeaderRows, _rows - 1), part.Rows - 1); count >= 1; count--)
        {
            var same = true;
            for (var r = 0; r < count && same; r++)
            {
                var mine = CellsInRow(r).Where(c => c.Row == r).ToList();
                var theirs = part.Cells.Where(c => c.Row == r).ToList();
                same = mine.Count == theirs.Count && mine.Zip(theirs).All(p =>
                    Math.Abs(p.First.Left - p.Second.Box.Left) <= Snap && Math.Abs(p.First.Right - p.Second.Box.Right) <= Snap
                    && TextNormalizer.NormalizeValue(p.First.Text) == TextNormalizer.NormalizeValue(p.Second.Text));
            }

            if (same)
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>Adds the part's rows from <paramref name="firstRow"/>, part row r becoming table row r + offset.</summary>
    private void Append(LatticeTable part, int page, int firstRow, int offset, Dictionary<LatticeCell, GridCell> carried)
    {
        foreach (var cell in part.Cells.Where(c => c.Row + c.RowSpan > firstRow))
        {
            var lastRow = offset + cell.Row + cell.RowSpan - 1;
            if (carried.TryGetValue(cell, out var above))
            {
                above.Carry(cell, lastRow);
            }
            else
            {
                _cells.Add(new GridCell(cell, offset + Math.Max(cell.Row, firstRow), lastRow, page));
            }
        }

        _rows = Math.Max(_rows, offset + part.Rows);
    }

    private List<GridCell> CellsInRow(int row) =>
        _cells.Where(c => c.Row <= row && c.LastRow >= row).OrderBy(c => c.Left).ToList();

    /// <summary>Column lines of all parts, joined within the snap distance.</summary>
    private List<double> Boundaries()
    {
        var xs = new List<double>();
        foreach (var x in _cells.SelectMany(c => new[] { c.Left, c.Right }).Order())
        {
            if (xs.Count == 0 || x - xs[^1] > Snap)
            {
                xs.Add(x);
            }
        }

        return xs;
    }

    private sealed class GridCell(LatticeCell source, int row, int lastRow, int page)
    {
        public int Row { get; } = row;

        public int LastRow { get; private set; } = lastRow;

        public double Left { get; } = source.Box.Left;

        public double Right { get; } = source.Box.Right;

        public int Page { get; } = page;

        public Rect Box { get; } = source.Box;

        public string Text { get; private set; } = source.Text;

        public int LineCount { get; } = source.LineCount;

        public double TextBottom { get; } = source.TextBottom;

        public double FontSize { get; } = source.FontSize;

        public bool LastLineFull { get; } = source.LastLineFull;

        public List<LatticeTable> Nested { get; } = [.. source.Nested];

        /// <summary>Takes in the rest of this cell from the next page.</summary>
        public void Carry(LatticeCell rest, int lastRow)
        {
            if (rest.Text.Length > 0)
            {
                // The break wrapped the text like any line end: nothing between Chinese characters or inside a number.
                var joint = Text.Length == 0 || ContinuesNumber(Text, rest.Text) || TextNormalizer.IsWide(Text[^1]) || TextNormalizer.IsWide(rest.Text[0]) ? string.Empty : "\n";
                Text += joint + rest.Text;
            }

            Nested.AddRange(rest.Nested);
            LastRow = Math.Max(LastRow, lastRow);
        }
    }
}
