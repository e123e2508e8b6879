using System.Globalization;
using System.IO.Compression;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Testing.Sources;

/// <summary>
/// Writes a report source as a real Word document: styles, automatic numbering for <c>=N</c> lines, tables with
/// gridSpan and vMerge, nested tables, text boxes (drawing plus VML fallback) and Wingdings tick boxes.
/// Output is byte-for-byte repeatable (fixed timestamps).
/// </summary>
public static class DocxComposer
{
    private const int PageWidthTwips = 9000;
    private static readonly DateTime FixedTime = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Compose(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = source.Title;
            document.PackageProperties.Creator = "DocCheck corpus generator";
            document.PackageProperties.Created = FixedTime;
            document.PackageProperties.Modified = FixedTime;

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = Numbering();
            var body = new Body();
            var textBoxId = 1;
            foreach (var block in source.Blocks)
            {
                switch (block.Kind)
                {
                    case SourceBlockKind.Title:
                        body.Append(Paragraph(block.Text, "Title", justify: JustificationValues.Center));
                        break;
                    case SourceBlockKind.Heading:
                        body.Append(Paragraph(block.Text, "Heading" + Math.Min(block.Level, 3)));
                        break;
                    case SourceBlockKind.Numbered:
                        var numbered = Paragraph(block.Text, block.Level <= 2 ? "Heading" + block.Level : null);
                        var properties = numbered.ParagraphProperties ??= new ParagraphProperties();
                        properties.NumberingProperties = new NumberingProperties(
                            new NumberingLevelReference { Val = block.Level - 1 }, new NumberingId { Val = 1 });
                        body.Append(numbered);
                        break;
                    case SourceBlockKind.Body:
                        body.Append(Paragraph(block.Text, null, firstLineIndent: true));
                        break;
                    case SourceBlockKind.TextBox:
                        body.Append(TextBoxParagraph(block.Text, textBoxId++));
                        break;
                    case SourceBlockKind.PageBreak:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case SourceBlockKind.Table:
                        body.Append(Table(block, source, PageWidthTwips));
                        body.Append(new Paragraph());
                        break;
                    default:
                        break;
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
        }

        return WithFixedTimestamps(stream.ToArray());
    }

    private static Paragraph Paragraph(string text, string? style, JustificationValues? justify = null, bool firstLineIndent = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (justify is { } j)
        {
            properties.Justification = new Justification { Val = j };
        }

        if (firstLineIndent)
        {
            // Word writes both: the character count for itself, the twips (2 × 12 pt) for every other reader.
            properties.Indentation = new Indentation { FirstLineChars = 200, FirstLine = "480" };
        }

        var paragraph = new Paragraph(properties);
        foreach (var (segment, wingdings) in TickBoxes.Split(text))
        {
            var run = new Run();
            if (wingdings)
            {
                run.RunProperties = new RunProperties(new RunFonts { Ascii = "Wingdings 2", HighAnsi = "Wingdings 2" });
            }

            run.Append(new Text(segment) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Table Table(SourceBlock block, SourceDocument source, int widthTwips)
    {
        var layout = TableLayout.Resolve(block);
        var columns = layout.Count == 0 ? 1 : layout.Max(row => row.Count == 0 ? 0 : row[^1].Column + row[^1].Span);
        var widths = ColumnWidths(layout, columns, widthTwips);
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new DocumentFormat.OpenXml.Wordprocessing.TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        foreach (var row in layout)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var cellWidth = widths.Skip(cell.Column).Take(cell.Span).Sum();
                var cellProperties = new TableCellProperties(new TableCellWidth
                {
                    Width = cellWidth.ToString(CultureInfo.InvariantCulture),
                    Type = TableWidthUnitValues.Dxa,
                });
                if (cell.Span > 1)
                {
                    cellProperties.Append(new GridSpan { Val = cell.Span });
                }

                if (cell.ContinuesMerge)
                {
                    cellProperties.Append(new VerticalMerge());
                }
                else if (cell.StartsMerge)
                {
                    cellProperties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }

                var tableCell = new TableCell(cellProperties);
                if (cell.NestedTable is { } name && source.NamedTables.TryGetValue(name, out var nested))
                {
                    tableCell.Append(Table(nested, source, cellWidth - 200));
                    tableCell.Append(new Paragraph());
                }
                else
                {
                    foreach (var line in cell.Text.Split('\n'))
                    {
                        tableCell.Append(Paragraph(line, null));
                    }
                }

                tableRow.Append(tableCell);
            }

            table.Append(tableRow);
        }

        return table;
    }

    /// <summary>
    /// Column widths in proportion to the longest text each column holds (cells of one column only), as a person
    /// laying out the table would size them; every column gets at least a little room.
    /// </summary>
    private static int[] ColumnWidths(IReadOnlyList<IReadOnlyList<TableLayout.Cell>> layout, int columns, int widthTwips)
    {
        var weights = new double[columns];
        Array.Fill(weights, 2.0);
        foreach (var cell in layout.SelectMany(row => row).Where(c => c.Span == 1 && c.Column < columns))
        {
            var longest = cell.Text.Split('\n').Max(line => line.Length);
            weights[cell.Column] = Math.Max(weights[cell.Column], Math.Min(longest, 24));
        }

        var total = weights.Sum();
        var widths = weights.Select(w => Math.Max(500, (int)(widthTwips * w / total))).ToArray();
        return widths;
    }

    /// <summary>A floating text box as Word 2010+ writes it: a DrawingML shape with a VML fallback holding the same text.</summary>
    private static Paragraph TextBoxParagraph(string text, int id)
    {
        var escaped = SecurityElement.Escape(text);
        var content = $"<w:txbxContent><w:p><w:r><w:t xml:space=\"preserve\">{escaped}</w:t></w:r></w:p></w:txbxContent>";
        var xml =
            "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
            "xmlns:v=\"urn:schemas-microsoft-com:vml\">" +
            "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
            "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
            "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>" +
            "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
            "<wp:extent cx=\"5200000\" cy=\"600000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>" +
            $"<wp:docPr id=\"{id}\" name=\"TextBox {id}\"/><wp:cNvGraphicFramePr/>" +
            "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
            "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5200000\" cy=\"600000\"/></a:xfrm>" +
            "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></wps:spPr>" +
            $"<wps:txbx>{content}</wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" anchor=\"t\"><a:noAutofit/></wps:bodyPr></wps:wsp>" +
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict><v:shape id=\"TextBox" + id.ToString(CultureInfo.InvariantCulture) + "\" type=\"#_x0000_t202\" style=\"width:409.5pt;height:47.25pt\">" +
            $"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        return new Paragraph(xml);
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "宋体" },
                    new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }, new Languages { EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "36" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" });
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = "heading " + level }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = (32 - (level * 2)).ToString(CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "Heading" + level });
        }

        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Numbering Numbering()
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = 0 };
        for (var i = 0; i < SourceNumbering.Levels.Count; i++)
        {
            var (format, text) = SourceNumbering.Levels[i];
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
                new LevelText { Val = text },
                new LevelSuffix { Val = LevelSuffixValues.Nothing },
                new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = i });
        }

        return new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }

    /// <summary>
    /// Rewrites the zip with fixed entry times, and the core-properties part (which System.IO.Packaging names
    /// after a random GUID) under a fixed name, so that the same source always gives the same bytes.
    /// </summary>
    private static byte[] WithFixedTimestamps(byte[] package)
    {
        const string CorePropertiesFolder = "package/services/metadata/core-properties/";
        const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var randomName = input.Entries.FirstOrDefault(e => e.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal))?.FullName;
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var name = entry.FullName == randomName ? CorePropertiesName : entry.FullName;
                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(FixedTime);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels" && randomName is not null)
                {
                    var rels = new StreamReader(from).ReadToEnd().Replace("/" + randomName, "/" + CorePropertiesName, StringComparison.Ordinal);
                    var next = 0;
                    rels = System.Text.RegularExpressions.Regex.Replace(rels, "Id=\"R[0-9a-f]+\"", _ => "Id=\"rIdPackage" + (++next).ToString(CultureInfo.InvariantCulture) + "\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(rels);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
