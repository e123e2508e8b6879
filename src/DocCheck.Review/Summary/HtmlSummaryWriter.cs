using System.Globalization;
using System.Text;
using DocCheck.Core.Findings;
using static DocCheck.Review.Summary.SvgChart;

namespace DocCheck.Review.Summary;

/// <summary>
/// Writes a batch summary as one self-contained HTML page (inline CSS, inline SVG charts, no script, nothing fetched):
/// verdicts, findings per rule, claimed grade against score, reports by unit, then the table of reports and the
/// files that could not be checked. All report text is HTML-encoded.
/// </summary>
public sealed class HtmlSummaryWriter : ISummaryWriter
{
    /// <summary>The rule whose findings mark a grade that does not match its score.</summary>
    internal const string GradeMismatchRule = "grade.mismatch";

    private const int MaxRulesCharted = 25;
    private const int MaxUnitsCharted = 15;

    private static readonly (Verdict Verdict, string Color)[] VerdictColors =
        [(Verdict.Pass, "#2e7d32"), (Verdict.Improve, "#f9a825"), (Verdict.Return, "#c62828")];

    private static readonly string[] GradeRows = ["优", "良", "中", "差"];

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public string Extension => ".html";

    /// <summary>A shared instance.</summary>
    public static HtmlSummaryWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void Write(ScanSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Render(summary));
        output.Write(bytes);
    }

    /// <summary>The page as a string.</summary>
    public static string Render(ScanSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        var title = "批量审核汇总：" + summary.Source;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        var checkedReports = summary.CheckedReports.ToList();
        var notChecked = summary.NotChecked.ToList();
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">共 {summary.Reports.Length} 个文件：已审核 {checkedReports.Count} 份（本次审核 {summary.CheckedNow}，沿用已有结果 {summary.ReusedCount}），未能审核 {notChecked.Count} 个。DocCheck {Encode(summary.EngineVersion)}，{summary.Created.ToLocalTime():yyyy-MM-dd HH:mm}。</p>\n");

        html.Append("<section class=\"charts\">\n");
        Section(html, "审核结论", Donut("审核结论", [
            .. VerdictColors.Select(v => (v.Verdict.ToChinese(), summary.CountOf(v.Verdict), v.Color)),
            ("未能审核", notChecked.Count, "#9e9e9e"),
        ]));
        Section(html, "各规则发现数", RuleChart(summary));
        Section(html, "评价等级与综合得分", GradeChart(checkedReports) + GradeTable(checkedReports));
        Section(html, "各单位报告", UnitChart(checkedReports));
        html.Append("</section>\n");

        ReportTable(html, summary);
        if (notChecked.Count > 0)
        {
            html.Append("<h2>未能审核的文件</h2>\n<table>\n<thead><tr><th>文件</th><th>状态</th><th>原因</th></tr></thead>\n<tbody>\n");
            foreach (var file in notChecked)
            {
                html.Append("<tr class=\"failed\"><td>").Append(Encode(file.Path)).Append("</td><td>").Append(Encode(file.Status.ToChinese()))
                    .Append("</td><td>").Append(Encode(file.Reason)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Section(StringBuilder html, string heading, string body) =>
        html.Append("<figure>\n<figcaption>").Append(Encode(heading)).Append("</figcaption>\n").Append(body).Append("\n</figure>\n");

    private static string RuleChart(ScanSummary summary)
    {
        var tallies = summary.RuleTallies();
        if (tallies.Count == 0)
        {
            return "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 400 30\" width=\"400\" height=\"30\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">没有任何发现</text></svg>";
        }

        var rows = tallies.Take(MaxRulesCharted)
            .Select(t => ($"{t.RuleId} {t.Title}", (IReadOnlyList<int>)[t.Findings], $"{t.Findings} 项 / {t.Reports} 份"))
            .ToList();
        var chart = StackedBars("各规则发现数", rows, [("发现", "#1565c0")]);
        return tallies.Count > MaxRulesCharted
            ? chart + $"<p class=\"muted\">另有 {tallies.Count - MaxRulesCharted} 条规则，见报告表和 Excel 汇总。</p>"
            : chart;
    }

    private static string GradeChart(List<(ScannedReport File, ReportDigest Report)> reports)
    {
        var points = new List<(decimal, int, bool, string)>();
        foreach (var (file, report) in reports)
        {
            if (report.Figures.ScoreValue is { } score && GradeRow(report.Figures.Grade) is { } row)
            {
                points.Add((score, row, HasGradeMismatch(report), file.Path));
            }
        }

        return GradeScatter("评价等级与综合得分", points, GradeRows)
            + "<p class=\"muted\">横轴为综合得分，底色为标准等级划分（90、80、60 分）；红点为审核发现“评价等级与得分不符”的报告（按报告所述等级标准判断）。</p>";
    }

    private static string GradeTable(List<(ScannedReport File, ReportDigest Report)> reports)
    {
        string[] bands = ["90分及以上", "80–90分", "60–80分", "60分以下", "未写明得分"];
        int? Band(decimal? score) => score switch
        {
            null => 4,
            >= 90 => 0,
            >= 80 => 1,
            >= 60 => 2,
            _ => 3,
        };

        var rows = GradeRows.Append("未写明等级").ToArray();
        var counts = new int[rows.Length, bands.Length];
        foreach (var (_, report) in reports)
        {
            var row = GradeRow(report.Figures.Grade) ?? rows.Length - 1;
            counts[row, Band(report.Figures.ScoreValue)!.Value]++;
        }

        var html = new StringBuilder("<table class=\"grid\">\n<thead><tr><th>所写等级＼得分</th>");
        foreach (var band in bands)
        {
            html.Append("<th>").Append(band).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < rows.Length; r++)
        {
            html.Append("<tr><th>").Append(rows[r]).Append("</th>");
            for (var b = 0; b < bands.Length; b++)
            {
                // Off the diagonal of the standard bands: a grade that the score would not give.
                var mismatch = r < GradeRows.Length && b < GradeRows.Length && r != b && counts[r, b] > 0;
                html.Append(mismatch ? "<td class=\"mismatch\">" : "<td>").Append(counts[r, b] == 0 ? string.Empty : counts[r, b].ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n<p class=\"muted\">标红：按标准等级划分，得分与所写等级不一致（报告自述的等级标准可能不同，以审核发现为准）。</p>").ToString();
    }

    private static string UnitChart(List<(ScannedReport File, ReportDigest Report)> reports)
    {
        var units = reports.GroupBy(r => string.IsNullOrWhiteSpace(r.Report.Unit) ? "（未识别单位）" : r.Report.Unit!, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Counts: VerdictColors.Select(v => g.Count(r => r.Report.Verdict == v.Verdict)).ToList()))
            .OrderByDescending(u => u.Counts.Sum())
            .ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();
        if (units.Count > MaxUnitsCharted)
        {
            var rest = units.Skip(MaxUnitsCharted - 1).ToList();
            units = [.. units.Take(MaxUnitsCharted - 1), ($"其他 {rest.Count} 个单位", Enumerable.Range(0, VerdictColors.Length).Select(i => rest.Sum(u => u.Counts[i])).ToList())];
        }

        var rows = units.Select(u => (u.Unit, (IReadOnlyList<int>)u.Counts, $"{u.Counts.Sum()} 份")).ToList();
        return StackedBars("各单位报告", rows, [.. VerdictColors.Select(v => (v.Verdict.ToChinese(), v.Color))]);
    }

    private static void ReportTable(StringBuilder html, ScanSummary summary)
    {
        html.Append("<h2>报告一览</h2>\n<table>\n<thead><tr><th>文件</th><th>报告标题（项目）</th><th>单位</th><th>结论</th><th>错误</th><th>警告</th><th>提示</th>")
            .Append("<th>综合得分</th><th>评价等级</th><th>预算</th><th>实际到位资金</th><th>实际支出</th><th>预算执行率</th><th>主要发现</th></tr></thead>\n<tbody>\n");
        foreach (var (file, report) in summary.CheckedReports)
        {
            var figures = report.Figures;
            var css = report.Verdict switch { Verdict.Return => "return", Verdict.Improve => "improve", _ => "pass" };
            html.Append("<tr class=\"").Append(css).Append("\"><td>").Append(Encode(file.Path)).Append(file.Reused ? " <span class=\"muted\">（沿用）</span>" : string.Empty)
                .Append("</td><td>").Append(Encode(report.Title))
                .Append("</td><td>").Append(Encode(report.Unit))
                .Append("</td><td>").Append(Encode(report.Verdict.ToChinese()))
                .Append(CultureInfo.InvariantCulture, $"</td><td class=\"n\">{report.Errors}</td><td class=\"n\">{report.Warnings}</td><td class=\"n\">{report.Infos}</td><td class=\"n\">")
                .Append(Encode(figures.Score))
                .Append(HasGradeMismatch(report) ? "</td><td class=\"mismatch\">" : "</td><td>").Append(Encode(figures.Grade))
                .Append("</td><td class=\"n\">").Append(Encode(figures.Budget))
                .Append("</td><td class=\"n\">").Append(Encode(figures.FundsReceived))
                .Append("</td><td class=\"n\">").Append(Encode(figures.Spent))
                .Append("</td><td class=\"n\">").Append(Encode(figures.ExecutionRate))
                .Append("</td><td>");
            var rules = report.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).Select(g => $"{summary.Title(g.Key)} ×{g.Count()}");
            html.Append(Encode(string.Join("；", rules))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static bool HasGradeMismatch(ReportDigest report) => report.Findings.Any(f => f.RuleId == GradeMismatchRule);

    /// <summary>The row of a claimed grade: 优 0, 良 1, 中 2, 差 3 (labels vary: 优秀/良好/合格/不合格).</summary>
    internal static int? GradeRow(string? printed) => printed switch
    {
        null => null,
        _ when printed.Contains('优', StringComparison.Ordinal) => 0,
        _ when printed.Contains('良', StringComparison.Ordinal) => 1,
        _ when printed.Contains("不合格", StringComparison.Ordinal) || printed.Contains('差', StringComparison.Ordinal) => 3,
        _ when printed.Contains('中', StringComparison.Ordinal) || printed.Contains("合格", StringComparison.Ordinal) || printed.Contains("一般", StringComparison.Ordinal) => 2,
        _ => null,
    };

    private const string Css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
        .muted { color: #666; font-size: 0.9em; }
        .charts { display: flex; flex-wrap: wrap; gap: 2em; }
        figure { margin: 0; } figcaption { font-weight: bold; margin-bottom: 0.5em; }
        svg.chart { font-size: 12px; max-width: 100%; height: auto; } svg .big { font-size: 28px; font-weight: bold; }
        svg .muted { fill: #888; } svg .small { font-size: 10px; fill: #666; }
        table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
        th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }
        thead th { background: #ddebf7; position: sticky; top: 0; }
        td.n { text-align: right; white-space: nowrap; }
        tr.return td:nth-child(4) { color: #c62828; font-weight: bold; }
        tr.improve td:nth-child(4) { color: #a36b00; }
        tr.pass td:nth-child(4) { color: #2e7d32; }
        tr.failed td { background: #f5f5f5; }
        td.mismatch { background: #fbeaea; color: #c62828; font-weight: bold; }
        table.grid td { text-align: center; min-width: 4em; }

        """;
}
