using UglyToad.PdfPig.Content;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Turns one PdfPig page into <see cref="PageContent"/>: finds the ruled tables, gives every letter to the
/// innermost table cell it falls in, builds each cell's text from its lines, and builds the lines outside tables.
/// </summary>
internal static class PageAnalyzer
{
    /// <summary>Cell padding a layout may leave unused (Word's default is 5.4 pt, LibreOffice's about 3 pt).</summary>
    private const double CellPadding = 6;

    public static PageContent Analyze(Page page, PdfReaderOptions options, Action<string> problem)
    {
        var letters = page.Letters;
        if (letters.Count > options.MaxLettersPerPage)
        {
            return Skipped(page, $"第{page.Number}页文字过多（{letters.Count} 个字符，上限 {options.MaxLettersPerPage}）");
        }

        if (TextQuality.Assess(letters) is { } garbage)
        {
            return Skipped(page, $"第{page.Number}页{garbage}", undecodable: true);
        }

        var tables = new List<LatticeTable>();
        var rulings = RulingExtractor.Extract(page);
        if (rulings.Count > options.MaxRulingsPerPage)
        {
            problem($"第{page.Number}页线条过多（{rulings.Count} 条），未按表格线重建表格，只读取文字。");
        }
        else
        {
            tables = LatticeTableFinder.Find(rulings);
        }

        var outside = new List<Letter>(letters.Count);
        var byCell = new Dictionary<LatticeCell, List<Letter>>();
        foreach (var letter in letters)
        {
            var box = LineBuilder.Box(letter);
            var cell = Locate(tables, box.CenterX, (letter.StartBaseLine.Y + box.Top) / 2) ?? Overflow(tables, box);
            if (cell is null)
            {
                outside.Add(letter);
            }
            else if (byCell.TryGetValue(cell, out var list))
            {
                list.Add(letter);
            }
            else
            {
                byCell[cell] = [letter];
            }
        }

        foreach (var (cell, cellLetters) in byCell)
        {
            Fill(cell, LineBuilder.Build(cellLetters));
        }

        // Tables drawn with few or no lines (borderless, three-line) show only in how the remaining text aligns.
        var lines = LineBuilder.Build(outside);
        tables.AddRange(StreamTableFinder.Find(lines));
        tables.Sort((a, b) => b.Box.Top.CompareTo(a.Box.Top));
        return new PageContent { Number = page.Number, Height = page.Height, Lines = lines, Tables = tables };
    }

    /// <summary>Gives a cell its lines: its text and what the joining of table parts across pages needs to know.</summary>
    public static void Fill(LatticeCell cell, List<TextLine> lines)
    {
        cell.Text = CellText(cell, lines);
        cell.LineCount = lines.Count;
        cell.TextBottom = lines.Count == 0 ? cell.Box.Bottom : lines.Min(l => l.Box.Bottom);
        cell.FontSize = lines.Count == 0 ? cell.FontSize : lines[lines.Count / 2].FontSize;
        cell.LastLineFull = lines.Count > 0 && cell.Box.Right - lines[^1].Right < CellPadding + lines[^1].FontSize;
    }

    /// <summary>The text of a cell: its lines in reading order, wrapped lines joined, paragraphs split by '\n'.</summary>
    public static string CellText(LatticeCell cell, List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, next) = (lines[i - 1], lines[i]);
            var paragraphEnds = !LineJoiner.SplitsNumber(previous, next) && LineJoiner.EndsParagraph(previous, next, cell.Box.Left, cell.Box.Right, CellPadding);
            text.Append(paragraphEnds ? "\n" : LineJoiner.Separator(previous, next));
            text.Append(next.Text);
        }

        return text.ToString();
    }

    /// <summary>The innermost cell containing the point, or null outside every table.</summary>
    private static LatticeCell? Locate(List<LatticeTable> tables, double x, double y)
    {
        foreach (var table in tables)
        {
            if (!table.Box.Contains(x, y))
            {
                continue;
            }

            var cell = table.CellAt(x, y);
            if (cell is null)
            {
                return null;
            }

            return cell.Nested.Count > 0 && Locate(cell.Nested, x, y) is { } inner ? inner : cell;
        }

        return null;
    }

    /// <summary>
    /// The cell a letter just under a table belongs to when that cell's bottom line is missing: Chromium paints the
    /// text of a merged cell cut by a page break below the last row it drew.
    /// </summary>
    private static LatticeCell? Overflow(List<LatticeTable> tables, Rect letter)
    {
        foreach (var table in tables)
        {
            if (letter.Top > table.Box.Bottom + 1 || letter.Top < table.Box.Bottom - (letter.Height * 2.5) || letter.CenterX < table.Box.Left || letter.CenterX > table.Box.Right)
            {
                continue;
            }

            var cell = table.CellAt(letter.CenterX, table.Box.Bottom + 0.5);
            if (cell is not null && Enumerable.Range(cell.Column, cell.ColumnSpan).All(c => !table.BottomDrawn[c]))
            {
                return cell;
            }
        }

        return null;
    }

    private static PageContent Skipped(Page page, string problem, bool undecodable = false) =>
        new() { Number = page.Number, Height = page.Height, Lines = [], Tables = [], Problem = problem, Undecodable = undecodable };
}
