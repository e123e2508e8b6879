using System.Globalization;
using DocCheck.Core.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Review.Docx;

/// <summary>Writes the review note as a real Word document (headings, tables) with the Open XML SDK.</summary>
public sealed class DocxNoteWriter : INoteWriter
{
    private const string EastAsianFont = "宋体";
    private const string HeadingFont = "黑体";

    /// <summary>A shared instance.</summary>
    public static DocxNoteWriter Instance { get; } = new();

    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public string Extension => ".docx";

    /// <inheritdoc/>
    public void Write(ReviewNote note, Stream output)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(output);

        // The SDK needs a seekable stream; build in memory and copy.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "审核意见：" + note.Title;
            document.PackageProperties.Creator = "DocCheck " + note.EngineVersion;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            Compose(note, body);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1304, Bottom = 1304, Left = 1247, Right = 1247, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Compose(ReviewNote note, Body body)
    {
        body.Append(Paragraph("审核意见", "Title"));
        body.Append(Paragraph(note.Title, "Subtitle"));
        body.Append(Table(
            ["项目", "内容"],
            [
                ["报告标题", note.Title],
                ["单位", note.Unit ?? "未识别"],
                ["评价年度", note.Year is { } year ? $"{year}年度" : "未识别"],
                ["文件", $"{note.FileName}（{note.Format}）"],
                ["SHA-256", note.Sha256],
                ["审核工具", "DocCheck " + note.EngineVersion],
            ],
            [1800, 7600]));

        body.Append(Paragraph("审核结论：" + note.Verdict.ToChinese(), "Heading1"));
        body.Append(Paragraph(VerdictText.Explain(note)));
        body.Append(Paragraph(NoteSections.CoverageSentence(note)));

        var section = 0;
        foreach (var (severity, heading) in NoteSections.Groups)
        {
            var findings = note.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            body.Append(Paragraph($"{NoteSections.Ordinal(++section)}、{heading}（{findings.Count}项）", "Heading1"));
            var number = 0;
            foreach (var finding in findings)
            {
                var rule = note.Rules.TryGetValue(finding.RuleId, out var descriptor) ? descriptor : null;
                body.Append(Paragraph($"{++number}. {rule?.Title ?? finding.RuleId}：{finding.Subject}（{finding.RuleId}）", "Heading2"));
                body.Append(Paragraph(finding.Message));
                if (finding.Claimed is not null || finding.Computed is not null)
                {
                    body.Append(Paragraph($"报告数值：{finding.Claimed ?? "—"}；复核结果：{finding.Computed ?? "—"}"));
                }

                body.Append(Table(
                    ["内容", "原文", "位置"],
                    finding.Evidence.Select(e => (IReadOnlyList<string>)[e.Role, NoteSections.Quote(e), e.Location.Describe()]).ToList(),
                    [1500, 4600, 3300]));
                if (rule is not null)
                {
                    body.Append(Paragraph("建议：" + rule.Suggestion));
                }
            }
        }

        body.Append(Paragraph($"{NoteSections.Ordinal(++section)}、未能核查", "Heading1"));
        if (note.Unchecked.Length == 0)
        {
            body.Append(Paragraph("无。"));
        }
        else
        {
            foreach (var item in note.Unchecked)
            {
                var where = item.Location is { } location ? $"（{location.Describe()}）" : string.Empty;
                body.Append(Paragraph($"• {item.Subject}：{item.Reason}{where}"));
            }
        }

        body.Append(Paragraph("附录一　读取的关键数据", "Heading1"));
        body.Append(note.Facts.Length == 0
            ? Paragraph("未读取到关键数据。")
            : Table(["数据", "原文标签", "数值", "位置"], note.Facts.Select(f => (IReadOnlyList<string>)[f.Role, f.Label, f.Value, f.Location.Describe()]).ToList(), [1700, 2600, 1700, 3400]));

        body.Append(Paragraph("附录二　指标表（DocCheck 的理解）", "Heading1"));
        body.Append(note.Indicators.Length == 0
            ? Paragraph("未识别到指标表。")
            : Table(
                ["表", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                note.Indicators.Select(r => (IReadOnlyList<string>)[$"表{r.Table + 1}", r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Weight, r.Score, r.Reason]).ToList(),
                [500, 1000, 1000, 1800, 1200, 1200, 600, 600, 1500]));
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> widths)
    {
        var border = new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        foreach (var b in border)
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
        }

        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(border),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(header, widths, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < widths.Count; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            var run = new Run(new Text(text.ReplaceLineEndings(" ")) { Space = SpaceProcessingModeValues.Preserve });
            if (isHeader)
            {
                run.RunProperties = new RunProperties(new Bold());
            }

            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (isHeader)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7E6E6", Color = "auto" });
            }

            row.Append(new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run)));
        }

        return row;
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = EastAsianFont },
                new FontSize { Val = "24" }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "320", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(HeadingStyle("Title", "Title", 40, null, center: true));
        styles.Append(HeadingStyle("Subtitle", "Subtitle", 28, null, center: true));
        styles.Append(HeadingStyle("Heading1", "heading 1", 30, 0, center: false));
        styles.Append(HeadingStyle("Heading2", "heading 2", 24, 1, center: false));
        styles.Append(new Style(
            new StyleName { Val = "Table Text" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = "TableText" });
        return styles;
    }

    private static Style HeadingStyle(string id, string name, int halfPoints, int? outline, bool center)
    {
        var paragraphProperties = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (center)
        {
            paragraphProperties.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraphProperties.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            paragraphProperties,
            new StyleRunProperties(new RunFonts { EastAsia = HeadingFont }, new Bold(), new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
