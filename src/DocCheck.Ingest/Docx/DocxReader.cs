using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Ingest.Docx;

/// <summary>
/// Reads a Word (.docx) file with the Open XML SDK into the document model: paragraphs with their numbering
/// labels rebuilt and outline levels, tables with gridSpan / vMerge resolved and nested tables after their
/// parent, text boxes once (the drawing, not its legacy VML fallback).
/// </summary>
public sealed class DocxReader(DocxReaderOptions? options = null) : IDocumentReader
{
    private readonly DocxReaderOptions _options = options ?? DocxReaderOptions.Default;

    /// <summary>A reader with the default limits.</summary>
    public static DocxReader Instance { get; } = new();

    /// <inheritdoc/>
    public bool CanRead(SniffedFormat format) => format == SniffedFormat.WordOpenXml;

    /// <inheritdoc/>
    public ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Content.LongLength > _options.MaxFileBytes)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"文件过大（{source.Content.LongLength / 1048576.0:0.#} MB），超过上限 {_options.MaxFileBytes / 1048576.0:0.#} MB。"));
        }

        try
        {
            using var stream = new MemoryStream(source.Content, writable: false);
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = _options.MaxCharactersInPart };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var mainPart = document.MainDocumentPart
                ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt, "文件中没有 Word 正文部分（word/document.xml），可能已损坏。");
            var body = mainPart.Document?.Body
                ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt, "Word 文档没有正文内容，可能已损坏。");

            var builder = new ReportDocumentBuilder(source.FileName, source.Sha256, "docx")
            {
                PropertiesTitle = NullIfBlank(document.PackageProperties.Title),
            };
            var styles = new WordStyles(mainPart);
            var walker = new BodyWalker(builder, styles, new WordNumbering(mainPart, styles, builder.AddDiagnostic), _options, cancellationToken);
            walker.ReadBlocks(body.ChildElements, DocumentPart.Body);
            return builder.Build();
        }
        catch (OpenXmlPackageException ex)
        {
            throw Damaged(ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException
            && (ex.Message.Contains("MaxCharactersIn", StringComparison.Ordinal)))
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                "文档内容解压后超过上限（可能是压缩炸弹或异常巨大的文档）。", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FileFormatException or IOException)
        {
            throw Damaged(ex);
        }
    }

    private static UnreadableDocumentException Damaged(Exception ex) =>
        new(UnreadableReason.Corrupt, "Word 文件已损坏或不完整，无法解析（" + OneLine(ex.Message) + "）。", ex);

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 120 ? line[..120] + "…" : line;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Walks the body once in document order; per-read state lives here, not in the reader.</summary>
    private sealed class BodyWalker(
        ReportDocumentBuilder builder,
        WordStyles styles,
        WordNumbering numbering,
        DocxReaderOptions options,
        CancellationToken cancellationToken)
    {
        public void ReadBlocks(IEnumerable<OpenXmlElement> elements, DocumentPart part)
        {
            foreach (var element in elements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (builder.BlockCount > options.MaxBlocks)
                {
                    throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                        $"文档段落和表格超过 {options.MaxBlocks} 个，超出处理上限。"));
                }

                switch (element)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph, part);
                        break;
                    case Table table:
                        builder.AddTable(ReadTable(table, part));
                        break;
                    case SdtBlock sdt:
                        ReadBlocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), part);
                        break;
                    case CustomXmlBlock customXml:
                        ReadBlocks(customXml.ChildElements, part);
                        break;
                    case AlternateContent alternate:
                        ReadBlocks(alternate.GetFirstChild<AlternateContentChoice>()?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), part);
                        break;
                    default:
                        break;
                }
            }
        }

        private void ReadParagraph(Paragraph paragraph, DocumentPart part)
        {
            var textBoxes = new List<OpenXmlElement>();
            var (text, label, level, styleId) = ParagraphText(paragraph, textBoxes);
            builder.AddParagraph(new ParagraphDraft
            {
                Text = text,
                NumberingLabel = label,
                NumberingLevel = level,
                StyleOutlineLevel = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9
                    ? outline + 1
                    : styles.OutlineLevel(styleId),
                StyleName = styles.Name(styleId),
                Part = part,
            });

            foreach (var textBox in textBoxes)
            {
                ReadBlocks(textBox.ChildElements, DocumentPart.TextBox);
            }
        }

        private (string Text, string? Label, int? Level, string? StyleId) ParagraphText(Paragraph paragraph, List<OpenXmlElement> textBoxes)
        {
            var properties = paragraph.ParagraphProperties;
            var styleId = styles.EffectiveId(properties?.ParagraphStyleId?.Val?.Value);
            var text = new StringBuilder();
            AppendInline(paragraph, text, textBoxes, symbolFont: null);
            var numbered = numbering.Next(properties, styleId);
            return (text.ToString(), numbered?.Label, numbered?.Level, styleId);
        }

        private TableDraft ReadTable(Table table, DocumentPart part)
        {
            var rows = new List<IReadOnlyList<CellDraft>>();
            foreach (var row in Rows(table))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = new List<CellDraft>();
                var skipBefore = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                foreach (var cell in Cells(row))
                {
                    var cellProperties = cell.TableCellProperties;
                    var span = cellProperties?.GridSpan?.Val?.Value ?? 1;
                    var verticalMerge = cellProperties?.VerticalMerge;
                    var continues = verticalMerge is not null && verticalMerge.Val?.Value != MergedCellValues.Restart;

                    // Legacy horizontal merges (w:hMerge) fold a continuing cell into the one on its left.
                    if (cellProperties?.HorizontalMerge is { } horizontal && horizontal.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                    {
                        var left = cells[^1];
                        cells[^1] = new CellDraft
                        {
                            Text = left.Text,
                            ColumnSpan = left.ColumnSpan + span,
                            ContinuesVerticalMerge = left.ContinuesVerticalMerge,
                            SkipColumnsBefore = left.SkipColumnsBefore,
                            NestedTables = left.NestedTables,
                        };
                        continue;
                    }

                    var (text, nested) = CellContent(cell, part);
                    cells.Add(new CellDraft
                    {
                        Text = text,
                        ColumnSpan = span,
                        ContinuesVerticalMerge = continues,
                        SkipColumnsBefore = cells.Count == 0 ? skipBefore : 0,
                        NestedTables = nested,
                    });
                }

                rows.Add(cells);
            }

            return new TableDraft { Rows = rows, Part = part };
        }

        private (string Text, List<TableDraft> Nested) CellContent(W.TableCell cell, DocumentPart part)
        {
            var lines = new List<string>();
            var nested = new List<TableDraft>();
            foreach (var element in BlockChildren(cell))
            {
                if (element is Paragraph paragraph)
                {
                    var textBoxes = new List<OpenXmlElement>();
                    var (text, label, _, _) = ParagraphText(paragraph, textBoxes);
                    lines.Add(label + text);
                    foreach (var textBox in textBoxes)
                    {
                        foreach (var boxParagraph in textBox.Descendants<Paragraph>())
                        {
                            var boxText = new StringBuilder();
                            AppendInline(boxParagraph, boxText, [], symbolFont: null);
                            lines.Add(boxText.ToString());
                        }
                    }
                }
                else if (element is Table table)
                {
                    nested.Add(ReadTable(table, part));
                }
            }

            // Trailing empty paragraphs are layout; inner ones separate lines like 经济效益 / 指标.
            while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return (string.Join('\n', lines), nested);
        }

        private static IEnumerable<OpenXmlElement> BlockChildren(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        foreach (var inner in BlockChildren(content))
                        {
                            yield return inner;
                        }

                        break;
                    case CustomXmlBlock customXml:
                        foreach (var inner in BlockChildren(customXml))
                        {
                            yield return inner;
                        }

                        break;
                    default:
                        yield return child;
                        break;
                }
            }
        }

        private static IEnumerable<TableRow> Rows(Table table)
        {
            foreach (var child in table.ChildElements)
            {
                switch (child)
                {
                    case TableRow row:
                        yield return row;
                        break;
                    case SdtRow sdt when sdt.SdtContentRow is { } content:
                        foreach (var row in content.Elements<TableRow>())
                        {
                            yield return row;
                        }

                        break;
                    case CustomXmlRow customXml:
                        foreach (var row in customXml.Elements<TableRow>())
                        {
                            yield return row;
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        private static IEnumerable<W.TableCell> Cells(TableRow row)
        {
            foreach (var child in row.ChildElements)
            {
                switch (child)
                {
                    case W.TableCell cell:
                        yield return cell;
                        break;
                    case SdtCell sdt when sdt.SdtContentCell is { } content:
                        foreach (var cell in content.Elements<W.TableCell>())
                        {
                            yield return cell;
                        }

                        break;
                    case CustomXmlCell customXml:
                        foreach (var cell in customXml.Elements<W.TableCell>())
                        {
                            yield return cell;
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        /// <summary>
        /// Appends the visible text of inline content: runs, hyperlinks, fields' results, content controls and
        /// insertions; not deletions, field codes or the legacy fallback of alternate content. Text boxes met on
        /// the way are collected, not inlined.
        /// </summary>
        private static void AppendInline(OpenXmlElement container, StringBuilder text, List<OpenXmlElement> textBoxes, string? symbolFont)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        AppendRun(run, text, textBoxes);
                        break;
                    case W.Text t:
                        AppendText(t.Text, text, symbolFont);
                        break;
                    case DeletedRun or MoveFromRun or ParagraphProperties or RunProperties or AlternateContentFallback
                        or FieldCode or DeletedText or DeletedFieldCode:
                        break;
                    case AlternateContent alternate:
                        if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                        {
                            AppendInline(choice, text, textBoxes, symbolFont);
                        }

                        break;
                    case TextBoxContent textBox:
                        textBoxes.Add(textBox);
                        break;
                    case Paragraph or Table:
                        break;
                    default:
                        if (child.LocalName == "txbxContent")
                        {
                            textBoxes.Add(child);
                        }
                        else if (child.HasChildren)
                        {
                            AppendInline(child, text, textBoxes, symbolFont);
                        }

                        break;
                }
            }
        }

        private static void AppendRun(Run run, StringBuilder text, List<OpenXmlElement> textBoxes)
        {
            var fonts = run.RunProperties?.RunFonts;
            var font = fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value ?? fonts?.EastAsia?.Value;
            var symbolFont = SymbolFonts.IsSymbolFont(font) ? font : null;
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case W.Text t:
                        AppendText(t.Text, text, symbolFont);
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case SymbolChar symbol:
                        AppendSymbol(symbol, text);
                        break;
                    case RunProperties or FieldCode or DeletedText or DeletedFieldCode or SoftHyphen or LastRenderedPageBreak:
                        break;
                    default:
                        if (child.HasChildren)
                        {
                            AppendInline(child, text, textBoxes, symbolFont);
                        }

                        break;
                }
            }
        }

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

        private static void AppendSymbol(SymbolChar symbol, StringBuilder text)
        {
            if (symbol.Char?.Value is { } hex && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0xFFFF)
            {
                var c = (char)code;
                var font = symbol.Font?.Value;
                text.Append(font is not null && SymbolFonts.IsSymbolFont(font) ? SymbolFonts.Map(font, c) : c);
            }
        }
    }
}
