using DocCheck.Review.Summary;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace DocCheck.Review.Tests.Summary;

public sealed class XlsxSummaryWriterTests
{
    private static SpreadsheetDocument Open(ScanSummary summary, out MemoryStream buffer)
    {
        buffer = new MemoryStream();
        XlsxSummaryWriter.Instance.Write(summary, buffer);
        buffer.Position = 0;
        return SpreadsheetDocument.Open(buffer, isEditable: false);
    }

    private static List<List<string>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        return [.. part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row =>
        {
            var cells = new List<string>(new string[XlsxSummaryWriter.ReportColumns.Count]);
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1) - 1;
                while (cells.Count <= column)
                {
                    cells.Add(string.Empty);
                }

                var text = cell.CellValue!.Text;
                cells[column] = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text)] : text;
            }

            return cells.Select(c => c ?? string.Empty).ToList();
        })];
    }

    [Fact]
    public void IsValidOpenXml()
    {
        using var document = Open(SampleSummaries.Mixed(), out var buffer);
        using var _ = buffer;
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void FirstSheet_HasOneRowPerFile_WithVerdictCountsFiguresAndStatus()
    {
        using var document = Open(SampleSummaries.Mixed(), out var buffer);
        using var _ = buffer;
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(XlsxSummaryWriter.ReportsSheetName, sheets[0]);

        var rows = Rows(document, XlsxSummaryWriter.ReportsSheetName);
        Assert.Equal(XlsxSummaryWriter.ReportColumns, rows[0].Take(XlsxSummaryWriter.ReportColumns.Count));
        Assert.Equal(6, rows.Count);
        var column = XlsxSummaryWriter.ReportColumns.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var rate = rows.Single(r => r[0] == "a/rate.pdf");
        Assert.Equal("退回修改", rate[column["结论"]]);
        Assert.Equal("1", rate[column["错误"]]);
        Assert.Equal("1", rate[column["警告"]]);
        Assert.Equal("85", rate[column["综合得分"]]);
        Assert.Equal("良", rate[column["评价等级"]]);
        Assert.Equal("4,030.50万元", rate[column["预算"]]);
        Assert.Equal("4,000.00万元", rate[column["实际到位资金"]]);
        Assert.Equal("3,702.46万元", rate[column["实际支出"]]);
        Assert.Equal("91.86%", rate[column["预算执行率"]]);
        Assert.Equal("省政务中心", rate[column["单位"]]);
        Assert.Equal("沿用已有结果", rate[column["来源"]]);
        var broken = rows.Single(r => r[0] == "b/broken.docx");
        Assert.Equal("无法读取", broken[column["状态"]]);
        Assert.Equal("文件内容无法解析，可能已损坏。", broken[column["说明"]]);
        Assert.Equal("已拒绝", rows.Single(r => r[0] == "../evil.docx")[column["状态"]]);
    }

    [Fact]
    public void OneSheetPerRuleThatFired_WithItsFindingsQuotesAndLocations()
    {
        using var document = Open(SampleSummaries.Mixed(), out var buffer);
        using var _ = buffer;
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([XlsxSummaryWriter.ReportsSheetName, "grade.mismatch", "indicator.not-quantified", "rate.mismatch"], sheets);
        var rate = Rows(document, "rate.mismatch");
        Assert.Equal(2, rate.Count);
        Assert.Equal("a/rate.pdf", rate[1][0]);
        Assert.Equal("错误", rate[1][2]);
        Assert.Contains("占比80%，实现|目标", rate[1][7], StringComparison.Ordinal);
        Assert.Contains("第38段", rate[1][8], StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderRowIsFrozenAndFiltered_AndColumnsHaveWidths()
    {
        using var document = Open(SampleSummaries.Mixed(), out var buffer);
        using var _ = buffer;
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", part.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, StringComparison.Ordinal);
            Assert.All(part.Worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 5, 61));
        }
    }

    [Theory]
    [InlineData("rate.mismatch", "rate.mismatch")]
    [InlineData("a[b]:c*d?e/f\\g", "a_b__c_d_e_f_g")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("history", "规则")]
    [InlineData("indicator.a-very-long-rule-identifier-beyond-limits", "indicator.a-very-long-rule-iden")]
    public void SheetNames_AreValid(string wanted, string expected)
    {
        Assert.Equal(expected, XlsxSummaryWriter.SheetName(wanted, new HashSet<string>()));
    }

    [Fact]
    public void SheetNames_AreUnique_WhenCutToTheSameName()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = XlsxSummaryWriter.SheetName(new string('x', 40), taken);
        var second = XlsxSummaryWriter.SheetName(new string('x', 41), taken);
        Assert.NotEqual(first, second);
        Assert.True(second.Length <= 31);
    }

    [Fact]
    public void ControlCharactersInReportText_DoNotBreakTheWorkbook()
    {
        var summary = SampleSummaries.Mixed("bad\u0001name\uD800.docx");
        using var document = Open(summary, out var buffer);
        using var _ = buffer;
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(Rows(document, XlsxSummaryWriter.ReportsSheetName), r => r[0] == "bad\uFFFDname\uFFFD.docx");
    }
}
