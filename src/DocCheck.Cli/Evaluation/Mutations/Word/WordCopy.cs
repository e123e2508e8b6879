using DocCheck.Core.Documents;
using DocCheck.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace DocCheck.Cli.Evaluation.Mutations.Word;

/// <summary>
/// Applies a mutation's edits to an in-memory copy of a Word file. Places are given in the reader's coordinates
/// (<see cref="ReportDocument"/> block, table, row and column); they are found in the XML by walking it in the
/// reader's order, and every edit first checks that the XML holds the text the reader saw there — an edit that
/// cannot be placed exactly is refused, never applied somewhere else.
/// </summary>
internal sealed class WordCopy
{
    private readonly ReportDocument _document;
    private readonly Body _body;
    private readonly Lazy<Dictionary<int, Paragraph>> _paragraphs;
    private readonly Lazy<List<WordTable>> _tables;

    private WordCopy(ReportDocument document, Body body)
    {
        _document = document;
        _body = body;
        _tables = new(() => [.. body.Descendants<WordTable>().Where(t => !t.Ancestors().Any(a => a.LocalName is "Fallback" or "txbxContent"))]);
        _paragraphs = new(MapParagraphs);
    }

    /// <summary>
    /// Applies <paramref name="edits"/> to a freshly parsed copy of a document part's body; null when done, else why
    /// an edit cannot be placed.
    /// </summary>
    public static string? Apply(Body body, ReportDocument document, IReadOnlyList<MutationEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(edits);
        var copy = new WordCopy(document, body);

        // Removals last, so that earlier places keep their meaning.
        foreach (var edit in edits.OrderBy(e => e is Mutations.RemoveParagraphs or Mutations.RemoveRows ? 1 : 0))
        {
            if (copy.Apply(edit) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private string? Apply(MutationEdit edit) => edit switch
    {
        ReplaceText replace => Replace(replace),
        SetCellText set => SetCell(set),
        Mutations.RemoveParagraphs remove => RemoveParagraphs(remove),
        Mutations.RemoveRows rows => RemoveRows(rows),
        _ => "未知的修改",
    };

    private string? Replace(ReplaceText edit)
    {
        NormalizedText normalized;
        WordText text;
        int labelLength;
        switch (edit.Target)
        {
            case ParagraphTarget p when _paragraphs.Value.TryGetValue(p.Block, out var paragraph) && _document.Blocks[p.Block] is ParagraphBlock block:
                normalized = block.Text;
                text = WordText.OfParagraph(paragraph);
                labelLength = normalized.Original.Length - text.Value.Length;
                break;
            case CellTarget c when FindCell(c) is var (cell, wordCell) && wordCell is not null:
                normalized = cell.Text;
                text = WordText.OfCell(wordCell);
                labelLength = 0;
                break;
            default:
                return $"找不到 {edit.Target.Ref}";
        }

        if (edit.Start + edit.Length > normalized.Value.Length || !string.Equals(normalized.Value.Substring(edit.Start, edit.Length), edit.Expected, StringComparison.Ordinal))
        {
            return $"{edit.Target.Ref} 的文字与读取时不同";
        }

        var (start, length) = edit.Length == 0 ? (OriginalPosition(normalized, edit.Start), 0) : normalized.ToOriginal(edit.Start, edit.Length);
        start -= labelLength;
        if (labelLength < 0 || start < 0 || start + length > text.Value.Length
            || !string.Equals(text.Value.Substring(start, length), normalized.Original.Substring(start + labelLength, length), StringComparison.Ordinal))
        {
            return $"{edit.Target.Ref} 的 XML 文字与读取结果对不上";
        }

        return text.Replace(start, length, edit.Text) ? null : $"{edit.Target.Ref} 无法在 XML 中修改";
    }

    private static int OriginalPosition(NormalizedText text, int normalizedPosition) =>
        normalizedPosition >= text.Value.Length ? text.Original.Length : text.ToOriginal(normalizedPosition, 1).Start;

    private string? SetCell(SetCellText edit)
    {
        if (FindCell(edit.Cell) is not var (cell, wordCell) || wordCell is null)
        {
            return $"找不到 {edit.Cell.Ref}";
        }

        if (!string.Equals(cell.Value, edit.Expected, StringComparison.Ordinal))
        {
            return $"{edit.Cell.Ref} 的文字与读取时不同";
        }

        if (!string.Equals(TextNormalizer.NormalizeValue(WordText.OfCell(wordCell).Value), cell.Value, StringComparison.Ordinal))
        {
            return $"{edit.Cell.Ref} 的 XML 文字与读取结果对不上";
        }

        WordText.SetCell(wordCell, edit.Text);
        return null;
    }

    private string? RemoveParagraphs(Mutations.RemoveParagraphs edit)
    {
        var elements = new List<Paragraph>();
        foreach (var block in edit.Blocks)
        {
            if (!_paragraphs.Value.TryGetValue(block, out var paragraph))
            {
                return $"找不到第 {block + 1} 块";
            }

            elements.Add(paragraph);
        }

        elements.ForEach(p => p.Remove());
        return null;
    }

    private string? RemoveRows(Mutations.RemoveRows edit)
    {
        if (edit.Table < 0 || edit.Table >= _tables.Value.Count)
        {
            return $"找不到表 {edit.Table + 1}";
        }

        var rows = Rows(_tables.Value[edit.Table]);
        if (edit.FirstRow < 0 || edit.LastRow >= rows.Count || edit.FirstRow > edit.LastRow)
        {
            return $"表 {edit.Table + 1} 没有第 {edit.FirstRow + 1}–{edit.LastRow + 1} 行";
        }

        // A vertical merge that starts inside the removed rows and runs on below them restarts on the first row kept.
        if (edit.LastRow + 1 < rows.Count)
        {
            foreach (var (below, column) in Cells(rows[edit.LastRow + 1]))
            {
                if (below.TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value == MergedCellValues.Restart)
                {
                    continue;
                }

                var startRow = edit.LastRow;
                while (startRow >= 0 && CellAt(rows[startRow], column) is { } above && above.TableCellProperties?.VerticalMerge is { } m
                    && m.Val?.Value != MergedCellValues.Restart)
                {
                    startRow--;
                }

                if (startRow < edit.FirstRow || startRow < 0 || CellAt(rows[startRow], column) is not { } start)
                {
                    continue;
                }

                merge.Val = MergedCellValues.Restart;
                foreach (var paragraph in below.Elements<Paragraph>().ToList())
                {
                    paragraph.Remove();
                }

                foreach (var paragraph in start.Elements<Paragraph>())
                {
                    below.AppendChild((Paragraph)paragraph.CloneNode(true));
                }
            }
        }

        for (var r = edit.LastRow; r >= edit.FirstRow; r--)
        {
            rows[r].Remove();
        }

        return null;
    }

    private (Core.Documents.TableCell Cell, WordTableCell? WordCell)? FindCell(CellTarget target)
    {
        var table = _document.Tables.FirstOrDefault(t => t.TableIndex == target.Table);
        if (table?.At(target.Row, target.Column) is not { } cell || cell.Row != target.Row || cell.Column != target.Column
            || target.Table >= _tables.Value.Count)
        {
            return null;
        }

        var rows = Rows(_tables.Value[target.Table]);
        return target.Row < rows.Count ? (cell, CellAt(rows[target.Row], target.Column)) : (cell, null);
    }

    private static List<TableRow> Rows(WordTable table) =>
        [.. table.Descendants<TableRow>().Where(r => ReferenceEquals(r.Ancestors<WordTable>().FirstOrDefault(), table))];

    /// <summary>The cells of a row with their first grid column (gridBefore, gridSpan and legacy hMerge counted as the reader does).</summary>
    private static IEnumerable<(WordTableCell Cell, int Column)> Cells(TableRow row)
    {
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var cell in row.Descendants<WordTableCell>().Where(c => ReferenceEquals(c.Ancestors<TableRow>().FirstOrDefault(), row)))
        {
            var span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            if (cell.TableCellProperties?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart)
            {
                column += span;
                continue;
            }

            yield return (cell, column);
            column += span;
        }
    }

    private static WordTableCell? CellAt(TableRow row, int column) => Cells(row).Where(c => c.Column == column).Select(c => c.Cell).FirstOrDefault();

    /// <summary>
    /// Pairs the reader's body paragraphs with the XML's, in order: a reader paragraph is the next XML paragraph whose
    /// normalised text is its text (or its text without a numbering label); empty XML paragraphs are skipped as the
    /// reader skips them.
    /// </summary>
    private Dictionary<int, Paragraph> MapParagraphs()
    {
        var map = new Dictionary<int, Paragraph>();
        var candidates = BodyParagraphs(_body).Select(p => (Paragraph: p, Text: TextNormalizer.NormalizeValue(WordText.OfParagraph(p).Value))).ToList();
        var next = 0;
        foreach (var block in _document.Paragraphs.Where(p => p.Location.Part == DocumentPart.Body))
        {
            for (var i = next; i < candidates.Count; i++)
            {
                var text = candidates[i].Text;
                if (string.Equals(text, block.Text.Value, StringComparison.Ordinal) || string.Equals(text, block.Body, StringComparison.Ordinal)
                    || (text.Length > 0 && block.LabelSource == LabelSource.Numbering && block.Text.Value.EndsWith(text, StringComparison.Ordinal))
                    || (text.Contains(WordText.SymbolMark, StringComparison.Ordinal) && string.Equals(Loose(text), Loose(block.Text.Value), StringComparison.Ordinal)))
                {
                    map[block.Index] = candidates[i].Paragraph;
                    next = i + 1;
                    break;
                }
            }
        }

        return map;
    }

    /// <summary>Letters and digits only, symbol-font characters left out (a tick box ☑ is R in Wingdings 2).</summary>
    private static string Loose(string text) => new([.. text.Where(c => (char.IsLetterOrDigit(c) && !char.IsAscii(c)) || char.IsAsciiDigit(c))]);

    /// <summary>The body's paragraphs in reading order: not those in tables, text boxes or fallbacks.</summary>
    private static IEnumerable<Paragraph> BodyParagraphs(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    yield return paragraph;
                    break;
                case WordTable:
                    break;
                default:
                    if (child.LocalName is "sdt" or "sdtContent" or "customXml" or "AlternateContent" or "Choice")
                    {
                        foreach (var inner in BodyParagraphs(child))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }
    }
}
