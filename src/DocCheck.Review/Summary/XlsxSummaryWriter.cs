using System.Globalization;
using DocCheck.Core.Findings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocCheck.Review.Summary;

/// <summary>
/// Writes a batch summary as an Excel workbook: the sheet 报告汇总 with one row per file (verdict, counts, score,
/// grade, key figures, status), then one sheet per rule that fired with its findings, quotes and locations. Every
/// sheet has a frozen, filtered header row and column widths fitted to Chinese text; strings are shared.
/// </summary>
/// <remarks>Sheet names are the rule ids (at most 31 characters, none of <c>[]:*?/\</c>, unique).</remarks>
public sealed class XlsxSummaryWriter : ISummaryWriter
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;
    private const int MaxColumnWidth = 60;

    /// <summary>The name of the first sheet.</summary>
    public const string ReportsSheetName = "报告汇总";

    /// <inheritdoc/>
    public string Format => "xlsx";

    /// <inheritdoc/>
    public string Extension => ".xlsx";

    /// <summary>A shared instance.</summary>
    public static XlsxSummaryWriter Instance { get; } = new();

    /// <summary>The columns of <see cref="ReportsSheetName"/>, in order.</summary>
    public static IReadOnlyList<string> ReportColumns { get; } =
    [
        "文件", "报告标题（项目）", "单位", "年度", "格式", "结论", "错误", "警告", "提示", "综合得分", "评价等级",
        "预算", "实际到位资金", "实际支出", "预算执行率", "状态", "说明", "来源",
    ];

    private static readonly string[] FindingColumns = ["文件", "报告标题（项目）", "严重程度", "对象", "报告所写", "重新计算", "说明", "引文", "位置"];

    /// <inheritdoc/>
    public void Write(ScanSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);

        // The SDK needs a seekable stream; build in memory and copy.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = "批量审核汇总：" + SummaryText.Clean(summary.Source, 200);
            document.PackageProperties.Creator = "DocCheck " + summary.EngineVersion;
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            AddSheet(workbookPart, sheets, definedNames, names, ReportsSheetName, ReportColumns, ReportRows(summary), strings);
            foreach (var tally in summary.RuleTallies())
            {
                AddSheet(workbookPart, sheets, definedNames, names, tally.RuleId, FindingColumns, FindingRows(summary, tally.RuleId), strings);
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            var workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
            if (definedNames.HasChildren)
            {
                workbook.Append(definedNames);
            }

            workbookPart.Workbook = workbook;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A valid, unique sheet name for a rule id or title: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    internal static string SheetName(string wanted, ISet<string> taken)
    {
        var chars = wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim('\'');
        if (name.Length == 0 || string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            name = "规则";
        }

        name = name.Length > 31 ? name[..31] : name;
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"~{n}");
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }

    private static IEnumerable<object?[]> ReportRows(ScanSummary summary)
    {
        foreach (var file in summary.Reports)
        {
            var report = file.Report;
            var figures = report?.Figures;
            yield return
            [
                file.Path,
                report?.Title,
                report?.Unit,
                report?.Year,
                report?.Format,
                report?.Verdict.ToChinese(),
                report?.Errors,
                report?.Warnings,
                report?.Infos,
                (object?)figures?.ScoreValue ?? figures?.Score,
                figures?.Grade,
                figures?.Budget,
                figures?.FundsReceived,
                figures?.Spent,
                figures?.ExecutionRate,
                file.Status.ToChinese(),
                file.Reason,
                file.Reused ? "沿用已有结果" : file.Status == ScanStatus.Checked ? "本次审核" : null,
            ];
        }
    }

    private static IEnumerable<object?[]> FindingRows(ScanSummary summary, string ruleId)
    {
        foreach (var (file, report) in summary.CheckedReports)
        {
            foreach (var finding in report.Findings.Where(f => f.RuleId == ruleId))
            {
                yield return
                [
                    file.Path,
                    report.Title,
                    finding.Severity.ToChinese(),
                    finding.Subject,
                    finding.Claimed,
                    finding.Computed,
                    finding.Message,
                    new Wrapped(string.Join('\n', finding.Evidence.Select(e => $"{e.Role}：{e.Quote}"))),
                    new Wrapped(string.Join('\n', finding.Evidence.Select(e => $"{e.Location.Describe()}（{e.Location}）"))),
                ];
            }
        }
    }

    private static void AddSheet(
        WorkbookPart workbookPart, Sheets sheets, DefinedNames definedNames, ISet<string> taken, string wantedName,
        IReadOnlyList<string> columns, IEnumerable<object?[]> rows, SharedStrings strings)
    {
        var name = SheetName(wantedName, taken);
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var widths = columns.Select(c => SummaryText.DisplayWidth(c) + 4).ToArray();
        var data = new SheetData();
        data.Append(Row(1, columns.Cast<object?>().ToArray(), strings, widths, HeaderStyle));
        uint index = 1;
        foreach (var values in rows)
        {
            data.Append(Row(++index, values, strings, widths, 0));
        }

        var lastColumn = ColumnName(columns.Count - 1);
        var range = string.Create(CultureInfo.InvariantCulture, $"A1:{lastColumn}{index}");
        var cols = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            cols.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Min(widths[i] + 1, MaxColumnWidth), CustomWidth = true });
        }

        part.Worksheet = new Worksheet(
            new SheetDimension { Reference = range },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            cols,
            data,
            new AutoFilter { Reference = range });

        var sheetId = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });

        // Excel names the filtered range of each sheet; LibreOffice and Excel both restore the filter from it.
        definedNames.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${index}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = sheetId - 1,
            Hidden = true,
        });
    }

    private static Row Row(uint rowIndex, object?[] values, SharedStrings strings, int[] widths, uint style)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = ColumnName(i) + rowIndex.ToString(CultureInfo.InvariantCulture);
            var cell = new Cell { CellReference = reference };
            var cellStyle = style;
            string shown;
            switch (values[i])
            {
                case null:
                    continue;
                case int number:
                    cell.DataType = CellValues.Number;
                    cell.CellValue = new CellValue(number);
                    shown = number.ToString(CultureInfo.InvariantCulture);
                    break;
                case decimal number:
                    cell.DataType = CellValues.Number;
                    cell.CellValue = new CellValue(number);
                    shown = number.ToString(CultureInfo.InvariantCulture);
                    break;
                case Wrapped wrapped:
                    shown = SummaryText.Clean(wrapped.Text);
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue(strings.IndexOf(shown));
                    cellStyle = WrapStyle;
                    break;
                case var other:
                    shown = SummaryText.Clean(Convert.ToString(other, CultureInfo.InvariantCulture));
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue(strings.IndexOf(shown));
                    break;
            }

            if (cellStyle != 0)
            {
                cell.StyleIndex = cellStyle;
            }

            widths[i] = Math.Max(widths[i], Math.Min(SummaryText.DisplayWidth(shown), MaxColumnWidth));
            row.Append(cell);
        }

        return row;
    }

    /// <summary>A (0-based) column index as its letters: 0 → A, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true }),
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));

    private sealed record Wrapped(string Text);

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int IndexOf(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes.Count;
                _indexes[text] = index;
                var value = new Text(text);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    value.Space = SpaceProcessingModeValues.Preserve;
                }

                Table.Append(new SharedStringItem(value));
            }

            return index;
        }
    }
}
