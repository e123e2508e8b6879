using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Cli.Evaluation.Mutations.Word;

/// <summary>
/// The text of a Word paragraph or cell as the Word reader builds it (runs' w:t, tabs, breaks; not deleted text,
/// field codes, text boxes or fallbacks; a cell's paragraphs joined by line breaks), with each character traced to
/// the element it comes from, so that a range of the text can be replaced in the XML.
/// </summary>
internal sealed class WordText
{
    private readonly List<Piece> _pieces = [];

    private WordText()
    {
    }

    /// <summary>The text.</summary>
    public string Value { get; private set; } = string.Empty;

    /// <summary>The text of one paragraph.</summary>
    public static WordText OfParagraph(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = new WordText();
        text.Collect(paragraph);
        text.Value = text.Build();
        return text;
    }

    /// <summary>The text of a cell: its paragraphs joined by '\n', trailing empty ones left out (as the reader does).</summary>
    public static WordText OfCell(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = new WordText();
        var first = true;
        foreach (var paragraph in CellParagraphs(cell))
        {
            if (!first)
            {
                text._pieces.Add(new Piece(null, null, "\n"));
            }

            first = false;
            text.Collect(paragraph);
        }

        // Trailing empty paragraphs are layout: the reader leaves them out, and so their separators go.
        while (text._pieces.Count > 0 && text._pieces[^1] is { Text: null, Element: null, Value: "\n" })
        {
            text._pieces.RemoveAt(text._pieces.Count - 1);
        }

        text.Value = text.Build();
        return text;
    }

    /// <summary>The paragraphs that make a cell's text (nested tables excluded).</summary>
    public static IEnumerable<Paragraph> CellParagraphs(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Descendants<Paragraph>().Where(p => ReferenceEquals(p.Ancestors<TableCell>().FirstOrDefault(), cell));
    }

    /// <summary>Replaces [start, start + length) of <see cref="Value"/> by <paramref name="replacement"/> in the XML.</summary>
    public bool Replace(int start, int length, string replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            return false;
        }

        var end = start + length;
        var position = 0;
        Piece? host = null;
        var removeElements = new List<OpenXmlElement>();
        var edits = new List<(Text Text, string Value)>();
        foreach (var piece in _pieces)
        {
            var pieceStart = position;
            var pieceEnd = position + piece.Value.Length;
            position = pieceEnd;
            if (piece.Text is { } t)
            {
                var overlaps = pieceStart < end && pieceEnd > start;
                var hosts = host is null && ((start >= pieceStart && start < pieceEnd) || (start == pieceEnd && length == 0) || (start == pieceStart && length == 0));
                if (!overlaps && !hosts)
                {
                    continue;
                }

                var keepBefore = Math.Max(0, start - pieceStart);
                var keepAfter = Math.Max(0, pieceEnd - end);
                var value = piece.Value[..Math.Min(keepBefore, piece.Value.Length)]
                    + (host is null ? replacement : string.Empty)
                    + piece.Value[(piece.Value.Length - Math.Min(keepAfter, piece.Value.Length))..];
                host ??= piece;

                edits.Add((t, value));
            }
            else if (piece.Element is { } element && pieceStart >= start && pieceEnd <= end && piece.Value.Length > 0)
            {
                removeElements.Add(element);
            }
        }

        if (host is null)
        {
            return false;
        }

        foreach (var (text, value) in edits)
        {
            text.Text = value;
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        foreach (var element in removeElements)
        {
            element.Remove();
        }

        return true;
    }

    /// <summary>Sets the whole text of a cell: every run's text emptied, the new text put in the first one (or a new run).</summary>
    public static void SetCell(TableCell cell, string value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(value);
        var text = OfCell(cell);
        Text? first = null;
        foreach (var piece in text._pieces)
        {
            if (piece.Text is { } t)
            {
                t.Text = string.Empty;
                first ??= t;
            }
            else
            {
                piece.Element?.Remove();
            }
        }

        if (value.Length == 0)
        {
            return;
        }

        if (first is not null)
        {
            first.Text = value;
            first.Space = SpaceProcessingModeValues.Preserve;
            return;
        }

        var paragraph = CellParagraphs(cell).FirstOrDefault() ?? cell.AppendChild(new Paragraph());
        paragraph.AppendChild(new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private string Build()
    {
        var builder = new StringBuilder();
        foreach (var piece in _pieces)
        {
            builder.Append(piece.Value);
        }

        return builder.ToString();
    }

    private void Collect(OpenXmlElement element, bool symbolFont = false)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child.LocalName)
            {
                case "t" when child is Text text:
                    // Text in a symbol font (Wingdings tick boxes) reads as other characters: never equal to what a
                    // mutator expects, so an edit over it is refused.
                    _pieces.Add(new Piece(text, text, symbolFont ? new string(SymbolMark, text.Text.Length) : text.Text));
                    break;
                case "r" when child is Run run:
                    Collect(run, IsSymbolFont(run.RunProperties?.RunFonts));
                    break;
                case "tab" or "ptab":
                    _pieces.Add(new Piece(null, child, "\t"));
                    break;
                case "br" or "cr":
                    _pieces.Add(new Piece(null, child, "\n"));
                    break;
                case "noBreakHyphen":
                    _pieces.Add(new Piece(null, child, "-"));
                    break;
                case "sym":
                    _pieces.Add(new Piece(null, null, SymbolMark.ToString()));
                    break;
                case "del" or "moveFrom" or "pPr" or "rPr" or "instrText" or "delText" or "delInstrText" or "fldChar" or "softHyphen"
                    or "lastRenderedPageBreak" or "proofErr" or "bookmarkStart" or "bookmarkEnd" or "commentRangeStart"
                    or "commentRangeEnd" or "permStart" or "permEnd" or "txbxContent" or "Fallback" or "p" or "tbl":
                    break;
                default:
                    Collect(child, symbolFont);
                    break;
            }
        }
    }

    /// <summary>Stands for a character of a symbol font or a w:sym in <see cref="Value"/>.</summary>
    public const char SymbolMark = '\uFFFD';

    private static bool IsSymbolFont(RunFonts? fonts) =>
        (fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value ?? fonts?.EastAsia?.Value) is { } font
        && (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase)
            || font.Equals("Symbol", StringComparison.OrdinalIgnoreCase));

    /// <summary>A stretch of the text: a w:t (editable), or a tab / break (removable), or a separator.</summary>
    private sealed record Piece(Text? Text, OpenXmlElement? Element, string Value);
}
