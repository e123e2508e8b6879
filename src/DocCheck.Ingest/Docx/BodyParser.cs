using System.Globalization;
using System.Text;
using System.Xml;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;

namespace DocCheck.Ingest.Docx;

/// <summary>
/// Streams <c>word/document.xml</c> with an <see cref="XmlReader"/> and hands paragraphs and tables to the
/// builder in document order. The SDK's typed DOM costs about seven times as much for the same part, and the
/// body is read once, front to back, so a forward-only reader fits (the package, styles and numbering still come
/// through the Open XML SDK).
/// </summary>
/// <remarks>
/// Reads: paragraphs with style, numbering and outline level; runs' text, tabs, breaks, symbols (Wingdings tick
/// boxes), hyperlinks, fields' results, insertions and content controls — not deletions, moved-from text or field
/// codes; tables with gridBefore, gridSpan, vMerge and legacy hMerge, nested tables; text boxes once (the
/// <c>mc:Choice</c> drawing, not its VML <c>mc:Fallback</c>), emitted after the paragraph that anchors them.
/// </remarks>
internal sealed class BodyParser(
    ReportDocumentBuilder builder,
    WordStyles styles,
    WordNumbering numbering,
    DocxReaderOptions options,
    CancellationToken cancellationToken)
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Reads the whole document part.</summary>
    public void Read(Stream documentPart)
    {
        var settings = new XmlReaderSettings
        {
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = options.MaxCharactersInPart,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(documentPart, settings);

        // Namespace URIs atomised in the reader's name table compare by reference, not character by character.
        _main = reader.NameTable.Add(MainNamespace);
        _strict = reader.NameTable.Add(StrictNamespace);
        _compatibility = reader.NameTable.Add(CompatibilityNamespace);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && IsWord(reader) && reader.LocalName == "body")
            {
                foreach (var block in ReadBlocks(reader, DocumentPart.Body))
                {
                    Emit(block);
                }

                return;
            }
        }
    }

    private object? _main;
    private object? _strict;
    private object? _compatibility;

    private bool IsWord(XmlReader reader) => ReferenceEquals(reader.NamespaceURI, _main) || ReferenceEquals(reader.NamespaceURI, _strict);

    private bool IsCompatibility(XmlReader reader, string localName) =>
        ReferenceEquals(reader.NamespaceURI, _compatibility) && reader.LocalName == localName;

    private string? WordAttribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, ReferenceEquals(reader.NamespaceURI, _strict) ? StrictNamespace : MainNamespace);

    private int? IntAttribute(XmlReader reader, string localName) =>
        int.TryParse(WordAttribute(reader, localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The text content of the element at the reader (w:t), leaving the reader on its end tag.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                // Almost every w:t holds one text node: take its string as it is.
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(reader.Value);
                }
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }

    /// <summary>
    /// The child elements of the element the reader is on, without allocating: each step moves to the next child
    /// start tag at depth + 1 and ends at the parent's end tag. A child a handler does not read is walked through.
    /// Handlers leave the reader on the child's end tag (or on the child itself when it is empty).
    /// </summary>
    /// <remarks>
    /// The handlers recurse as the XML nests (a table in a cell in a table…), so the depth is bounded here, where
    /// every handler steps down: past <see cref="DocxReaderOptions.MaxNestingDepth"/> elements the file gets a reason
    /// instead of overflowing the stack, which no <c>catch</c> could stop.
    /// </remarks>
    private ChildElements Children(XmlReader reader)
    {
        if (reader.Depth >= options.MaxNestingDepth)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, string.Create(CultureInfo.InvariantCulture,
                $"文档结构嵌套超过 {options.MaxNestingDepth} 层（如表格层层套在单元格里），Word 不会生成这样的文件，可能已损坏或被改动。"));
        }

        return new(reader);
    }

    private struct ChildElements(XmlReader reader)
    {
        private readonly int _depth = reader.Depth;
        private readonly bool _empty = reader.IsEmptyElement;

        public readonly int Current => _depth + 1;

        public readonly ChildElements GetEnumerator() => this;

        public readonly bool MoveNext()
        {
            if (_empty)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == _depth)
                {
                    return false;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.Depth == _depth + 1)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void Emit(BlockItem block)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (builder.BlockCount > options.MaxBlocks)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"文档段落和表格超过 {options.MaxBlocks} 个，超出处理上限。"));
        }

        if (block.Paragraph is { } paragraph)
        {
            builder.AddParagraph(paragraph);
            foreach (var boxed in block.TextBoxBlocks)
            {
                Emit(boxed);
            }
        }
        else if (block.Table is { } table)
        {
            builder.AddTable(table);
        }
    }

    /// <summary>Reads block-level content (paragraphs, tables, content controls) of the current element.</summary>
    private List<BlockItem> ReadBlocks(XmlReader reader, DocumentPart part)
    {
        var blocks = new List<BlockItem>();
        foreach (var _ in Children(reader))
        {
            if (IsWord(reader))
            {
                switch (reader.LocalName)
                {
                    case "p":
                        blocks.Add(ReadParagraph(reader, part));
                        break;
                    case "tbl":
                        blocks.Add(new BlockItem(null, ReadTable(reader, part), []));
                        break;
                    case "sdt":
                        foreach (var __ in Children(reader))
                        {
                            if (IsWord(reader) && reader.LocalName == "sdtContent")
                            {
                                blocks.AddRange(ReadBlocks(reader, part));
                            }
                        }

                        break;
                    case "customXml":
                        blocks.AddRange(ReadBlocks(reader, part));
                        break;
                    default:
                        break;
                }
            }
            else if (IsCompatibility(reader, "AlternateContent"))
            {
                foreach (var __ in Children(reader))
                {
                    if (IsCompatibility(reader, "Choice"))
                    {
                        blocks.AddRange(ReadBlocks(reader, part));
                        break;
                    }
                }
            }

            if (blocks.Count > options.MaxBlocks)
            {
                throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"文档段落和表格超过 {options.MaxBlocks} 个，超出处理上限。"));
            }
        }

        return blocks;
    }

    private BlockItem ReadParagraph(XmlReader reader, DocumentPart part)
    {
        var text = new StringBuilder();
        var textBoxes = new List<BlockItem>();
        string? styleId = null;
        int? numId = null, level = null, outline = null;
        foreach (var _ in Children(reader))
        {
            if (IsWord(reader) && reader.LocalName == "pPr")
            {
                foreach (var __ in Children(reader))
                {
                    if (!IsWord(reader))
                    {
                        continue;
                    }

                    switch (reader.LocalName)
                    {
                        case "pStyle":
                            styleId = WordAttribute(reader, "val");
                            break;
                        case "outlineLvl":
                            outline = IntAttribute(reader, "val");
                            break;
                        case "numPr":
                            foreach (var ___ in Children(reader))
                            {
                                if (IsWord(reader) && reader.LocalName == "numId")
                                {
                                    numId = IntAttribute(reader, "val");
                                }
                                else if (IsWord(reader) && reader.LocalName == "ilvl")
                                {
                                    level = IntAttribute(reader, "val");
                                }
                            }

                            break;
                        default:
                            break;
                    }
                }
            }
            else
            {
                ReadInline(reader, text, textBoxes, part, symbolFont: null);
            }
        }

        var effectiveStyle = styles.EffectiveId(styleId);
        var numbered = numbering.Next(numId, level, effectiveStyle);
        var draft = new ParagraphDraft
        {
            Text = text.ToString(),
            NumberingLabel = numbered?.Label,
            NumberingLevel = numbered?.Level,
            StyleOutlineLevel = outline is { } o && o < 9 ? o + 1 : styles.OutlineLevel(effectiveStyle),
            StyleName = styles.Name(effectiveStyle),
            Part = part,
        };
        return new BlockItem(draft, null, textBoxes);
    }

    /// <summary>Reads one inline element (run, hyperlink, insertion…) at the reader into the paragraph text.</summary>
    private void ReadInline(XmlReader reader, StringBuilder text, List<BlockItem> textBoxes, DocumentPart part, string? symbolFont)
    {
        if (IsCompatibility(reader, "AlternateContent"))
        {
            foreach (var _ in Children(reader))
            {
                if (IsCompatibility(reader, "Choice"))
                {
                    foreach (var __ in Children(reader))
                    {
                        ReadInline(reader, text, textBoxes, part, symbolFont);
                    }

                    break;
                }
            }

            return;
        }

        if (reader.LocalName == "txbxContent" && IsWord(reader))
        {
            textBoxes.AddRange(ReadBlocks(reader, DocumentPart.TextBox));
            return;
        }

        if (!IsWord(reader))
        {
            // Drawing and VML wrappers: look inside for text boxes.
            foreach (var _ in Children(reader))
            {
                ReadInline(reader, text, textBoxes, part, symbolFont);
            }

            return;
        }

        switch (reader.LocalName)
        {
            case "r":
                ReadRun(reader, text, textBoxes, part);
                break;
            case "t":
                AppendText(ReadText(reader), text, symbolFont);
                break;
            case "del" or "moveFrom" or "pPr" or "rPr" or "instrText" or "delText" or "delInstrText" or "proofErr" or "bookmarkStart"
                or "bookmarkEnd" or "commentRangeStart" or "commentRangeEnd" or "permStart" or "permEnd":
                break;
            case "p" or "tbl":
                break;
            default:
                foreach (var _ in Children(reader))
                {
                    ReadInline(reader, text, textBoxes, part, symbolFont);
                }

                break;
        }
    }

    private void ReadRun(XmlReader reader, StringBuilder text, List<BlockItem> textBoxes, DocumentPart part)
    {
        string? symbolFont = null;
        foreach (var _ in Children(reader))
        {
            if (!IsWord(reader))
            {
                ReadInline(reader, text, textBoxes, part, symbolFont);
                continue;
            }

            switch (reader.LocalName)
            {
                case "rPr":
                    foreach (var __ in Children(reader))
                    {
                        if (IsWord(reader) && reader.LocalName == "rFonts")
                        {
                            var font = WordAttribute(reader, "ascii") ?? WordAttribute(reader, "hAnsi") ?? WordAttribute(reader, "eastAsia");
                            symbolFont = SymbolFonts.IsSymbolFont(font) ? font : null;
                        }
                    }

                    break;
                case "t":
                    AppendText(ReadText(reader), text, symbolFont);
                    break;
                case "tab" or "ptab":
                    text.Append('\t');
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                case "sym":
                    AppendSymbolChar(WordAttribute(reader, "font"), WordAttribute(reader, "char"), text);
                    break;
                case "instrText" or "delText" or "delInstrText" or "softHyphen" or "lastRenderedPageBreak" or "fldChar":
                    break;
                default:
                    foreach (var __ in Children(reader))
                    {
                        ReadInline(reader, text, textBoxes, part, symbolFont);
                    }

                    break;
            }
        }
    }

    private TableDraft ReadTable(XmlReader reader, DocumentPart part)
    {
        var rows = new List<IReadOnlyList<CellDraft>>();
        foreach (var _ in Children(reader))
        {
            if (IsWord(reader))
            {
                ReadRowContainer(reader, rows, part);
            }
        }

        return new TableDraft { Rows = rows, Part = part };
    }

    private void ReadRowContainer(XmlReader reader, List<IReadOnlyList<CellDraft>> rows, DocumentPart part)
    {
        switch (reader.LocalName)
        {
            case "tr":
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(ReadRow(reader, part));
                break;
            case "sdt" or "sdtContent" or "customXml":
                foreach (var _ in Children(reader))
                {
                    if (IsWord(reader))
                    {
                        ReadRowContainer(reader, rows, part);
                    }
                }

                break;
            default:
                break;
        }
    }

    private List<CellDraft> ReadRow(XmlReader reader, DocumentPart part)
    {
        var cells = new List<CellDraft>();
        var skipBefore = 0;
        foreach (var _ in Children(reader))
        {
            if (!IsWord(reader))
            {
                continue;
            }

            if (reader.LocalName == "trPr")
            {
                foreach (var __ in Children(reader))
                {
                    if (IsWord(reader) && reader.LocalName == "gridBefore")
                    {
                        skipBefore = IntAttribute(reader, "val") ?? 0;
                    }
                }
            }
            else
            {
                ReadCellContainer(reader, cells, ref skipBefore, part);
            }
        }

        return cells;
    }

    private void ReadCellContainer(XmlReader reader, List<CellDraft> cells, ref int skipBefore, DocumentPart part)
    {
        switch (reader.LocalName)
        {
            case "tc":
                var cell = ReadCell(reader, part, out var horizontalContinue);
                if (horizontalContinue && cells.Count > 0)
                {
                    // Legacy horizontal merges (w:hMerge) fold a continuing cell into the one on its left.
                    var left = cells[^1];
                    cells[^1] = new CellDraft
                    {
                        Text = left.Text,
                        ColumnSpan = left.ColumnSpan + cell.ColumnSpan,
                        ContinuesVerticalMerge = left.ContinuesVerticalMerge,
                        SkipColumnsBefore = left.SkipColumnsBefore,
                        NestedTables = left.NestedTables,
                    };
                }
                else
                {
                    cells.Add(cells.Count == 0 && skipBefore > 0
                        ? new CellDraft { Text = cell.Text, ColumnSpan = cell.ColumnSpan, ContinuesVerticalMerge = cell.ContinuesVerticalMerge, NestedTables = cell.NestedTables, SkipColumnsBefore = skipBefore }
                        : cell);
                }

                break;
            case "sdt" or "sdtContent" or "customXml":
                foreach (var _ in Children(reader))
                {
                    if (IsWord(reader))
                    {
                        ReadCellContainer(reader, cells, ref skipBefore, part);
                    }
                }

                break;
            default:
                break;
        }
    }

    private CellDraft ReadCell(XmlReader reader, DocumentPart part, out bool horizontalContinue)
    {
        var span = 1;
        var verticalContinue = false;
        horizontalContinue = false;
        var lines = new List<string>();
        var nested = new List<TableDraft>();
        foreach (var _ in Children(reader))
        {
            if (!IsWord(reader))
            {
                continue;
            }

            if (reader.LocalName == "tcPr")
            {
                foreach (var __ in Children(reader))
                {
                    if (!IsWord(reader))
                    {
                        continue;
                    }

                    switch (reader.LocalName)
                    {
                        case "gridSpan":
                            span = Math.Max(1, IntAttribute(reader, "val") ?? 1);
                            break;
                        case "vMerge":
                            verticalContinue = WordAttribute(reader, "val") != "restart";
                            break;
                        case "hMerge":
                            horizontalContinue = WordAttribute(reader, "val") != "restart";
                            break;
                        default:
                            break;
                    }
                }

                continue;
            }

            // Cell content: paragraphs become lines; nested tables are read as tables of their own.
            var blocks = reader.LocalName is "sdt" or "customXml" ? ReadBlocks(reader, part) : [ReadCellBlock(reader, part)];
            foreach (var block in blocks)
            {
                if (block.Paragraph is { } paragraph)
                {
                    lines.Add(paragraph.NumberingLabel + paragraph.Text);
                    lines.AddRange(block.TextBoxBlocks.Where(b => b.Paragraph is not null).Select(b => b.Paragraph!.Text));
                }
                else if (block.Table is { } table)
                {
                    nested.Add(table);
                }
            }
        }

        // Trailing empty paragraphs are layout; inner ones separate lines like 经济效益 / 指标.
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new CellDraft { Text = string.Join('\n', lines), ColumnSpan = span, ContinuesVerticalMerge = verticalContinue, NestedTables = nested };
    }

    private BlockItem ReadCellBlock(XmlReader reader, DocumentPart part) => reader.LocalName switch
    {
        "p" => ReadParagraph(reader, part),
        "tbl" => new BlockItem(null, ReadTable(reader, part), []),
        _ => new BlockItem(null, null, []),
    };

    private static void AppendText(string value, StringBuilder text, string? symbolFont)
    {
        if (symbolFont is null)
        {
            text.Append(value);
            return;
        }

        foreach (var c in value)
        {
            text.Append(SymbolFonts.Map(symbolFont, c));
        }
    }

    private static void AppendSymbolChar(string? font, string? hex, StringBuilder text)
    {
        if (hex is not null && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0xFFFF)
        {
            var c = (char)code;
            text.Append(font is not null && SymbolFonts.IsSymbolFont(font) ? SymbolFonts.Map(font, c) : c);
        }
    }

    /// <summary>A block as read: a paragraph (with the text boxes it anchors) or a table.</summary>
    private sealed record BlockItem(ParagraphDraft? Paragraph, TableDraft? Table, IReadOnlyList<BlockItem> TextBoxBlocks);
}
