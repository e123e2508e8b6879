namespace DocCheck.Testing.Sources;

/// <summary>A source table resolved into Word's terms: per row, cells with gridSpan and vMerge state.</summary>
public static class TableLayout
{
    public sealed record Cell(string Text, int Column, int Span, bool ContinuesMerge, bool StartsMerge, string? NestedTable);

    public static IReadOnlyList<IReadOnlyList<Cell>> Resolve(SourceBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows ?? [];
        var placed = new List<List<(string Text, int Column, int Span)>>();
        foreach (var row in rows)
        {
            var cells = new List<(string Text, int Column, int Span)>();
            var column = 0;
            foreach (var text in row)
            {
                if (text == "<" && cells.Count > 0)
                {
                    cells[^1] = (cells[^1].Text, cells[^1].Column, cells[^1].Span + 1);
                }
                else
                {
                    cells.Add((text, column, 1));
                }

                column++;
            }

            placed.Add(cells);
        }

        var result = new List<IReadOnlyList<Cell>>();
        for (var r = 0; r < placed.Count; r++)
        {
            var cells = new List<Cell>();
            foreach (var (text, column, span) in placed[r])
            {
                var continues = text == "^";
                var startsMerge = !continues && r + 1 < placed.Count
                    && placed[r + 1].Any(c => c.Column == column && c.Text == "^");
                string? nested = text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal)
                    ? text[2..^2].Trim()
                    : null;
                cells.Add(new Cell(continues || nested is not null ? string.Empty : text, column, span, continues, startsMerge, nested));
            }

            result.Add(cells);
        }

        return result;
    }
}
