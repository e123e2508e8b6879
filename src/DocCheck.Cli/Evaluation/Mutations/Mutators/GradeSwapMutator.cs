using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Swaps a claimed grade for the next one in the same wording (优→良, 良→优, 中→良, 差→中; 优秀→良好…). Eligible:
/// a grade claimed in running text (等级为“优”) or in a cell after a 等级 label, in a report whose claimed total
/// scores (综合得分 / 自评得分 / 总分…, and scoring tables' totals) all earn that grade under the standard bands
/// (≥90 优, 80 良, 60 中), and that states no other bands. A grade claimed in two places then differs, so a
/// figure-conflict finding that quotes the new grade follows from the change.
/// </summary>
internal sealed partial class GradeSwapMutator : IMutator
{
    private static readonly Dictionary<string, (int Band, string[] Family)> Labels = new(StringComparer.Ordinal)
    {
        ["优"] = (0, ["优", "良", "中", "差"]),
        ["良"] = (1, ["优", "良", "中", "差"]),
        ["中"] = (2, ["优", "良", "中", "差"]),
        ["差"] = (3, ["优", "良", "中", "差"]),
        ["优秀"] = (0, ["优秀", "良好", "合格", "不合格"]),
        ["良好"] = (1, ["优秀", "良好", "合格", "不合格"]),
        ["合格"] = (2, ["优秀", "良好", "合格", "不合格"]),
        ["一般"] = (2, ["优秀", "良好", "一般", "较差"]),
        ["不合格"] = (3, ["优秀", "良好", "合格", "不合格"]),
        ["较差"] = (3, ["优秀", "良好", "一般", "较差"]),
    };

    public string Rule => RuleIds.GradeMismatch;

    [GeneratedRegex(@"(?:评价等级|自评等级|绩效等级|评定等级|等级|评级|等次)(?:为|是|评定为|：|:)?[“""「]?(?<grade>不合格|优秀|良好|合格|一般|较差|优|良|中|差)(?![\u4e00-\u9fa5])")]
    private static partial Regex GradeClaim();

    [GeneratedRegex(@"(?:综合得分|自评得分|总得分|评价得分|最终得分|得分合计|总分|综合评分)(?:为|是|：|:)?(?<score>\d+(?:\.\d+)?)分?")]
    private static partial Regex TotalClaim();

    [GeneratedRegex(@"\d+分.{0,6}(?:以上|及以上|（含）).{0,4}为[“""]?(?:优|良|中|差)")]
    private static partial Regex StatedBands();

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = Claims(report).ToList();
        if (claims.Count == 0)
        {
            yield break;
        }

        var totals = Totals(report).ToList();
        var ownBands = report.Paragraphs.Any(p => StatedBands().IsMatch(p.Text.Value) && !StandardBands(p.Text.Value));
        foreach (var (target, text, start, grade) in claims)
        {
            var (band, family) = Labels[grade];
            var replacement = family[band == 0 ? 1 : band == 1 ? 0 : band - 1];
            var place = $"{target.Ref} “{PeriodYearMutator.Excerpt(text, Math.Max(0, start - 6))}”";
            var planted = $"{grade} → {replacement}";
            if (ownBands)
            {
                yield return Mutation.Skipped(Rule, nameof(GradeSwapMutator), place, planted, "报告规定了与标准不同的等级划分");
            }
            else if (totals.Count == 0 || totals.Any(t => Band(t) != band))
            {
                yield return Mutation.Skipped(Rule, nameof(GradeSwapMutator), place, planted, totals.Count == 0 ? "报告没有可核对的总得分" : "原等级已与总得分不符");
            }
            else
            {
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(GradeSwapMutator),
                    Place = place,
                    Planted = $"{planted}（总得分 {string.Join("、", totals.Select(t => t.ToString(CultureInfo.InvariantCulture)))}）",
                    Edits = [new ReplaceText(target, start, grade.Length, grade, replacement)],
                    Marks = [replacement],
                    Places = [target.Ref],
                    Consequences = [RuleIds.FigureConflict],
                };
            }
        }
    }

    private static int Band(decimal score) => score >= 90 ? 0 : score >= 80 ? 1 : score >= 60 ? 2 : 3;

    private static bool StandardBands(string text) =>
        text.Contains("90", StringComparison.Ordinal) && text.Contains("80", StringComparison.Ordinal) && text.Contains("60", StringComparison.Ordinal);

    /// <summary>Grades claimed: in running text after a 等级 word, or alone in a cell right of a 等级 label.</summary>
    private static IEnumerable<(EditTarget Target, string Text, int Start, string Grade)> Claims(ReportView report)
    {
        foreach (var paragraph in report.Prose)
        {
            foreach (Match match in GradeClaim().Matches(paragraph.Text.Value))
            {
                var grade = match.Groups["grade"];
                yield return (ParagraphTarget.Of(paragraph), paragraph.Text.Value, grade.Index, grade.Value);
            }
        }

        foreach (var table in report.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var value = cell.Value.Trim().Trim('“', '”', '"');
                if (Labels.ContainsKey(value) && ReportView.LabelLeft(table, cell.Row, cell.Column).Contains("等级", StringComparison.Ordinal))
                {
                    yield return (CellTarget.Of(cell), cell.Value, cell.Value.IndexOf(value, StringComparison.Ordinal), value);
                }
            }
        }
    }

    /// <summary>Total scores the report claims: in running text, in cells right of a total label, and scoring tables' total rows.</summary>
    private static IEnumerable<decimal> Totals(ReportView report)
    {
        foreach (var paragraph in report.Prose)
        {
            foreach (Match match in TotalClaim().Matches(paragraph.Text.Value))
            {
                yield return decimal.Parse(match.Groups["score"].Value, CultureInfo.InvariantCulture);
            }
        }

        foreach (var table in report.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var label = ReportView.LabelLeft(table, cell.Row, cell.Column);
                if (label is "评价得分" or "自评得分" or "综合得分" or "总得分" && NumberScanner.Plain(cell.Value) is { } score)
                {
                    yield return score.Value;
                }
            }
        }

        foreach (var table in report.IndicatorTables)
        {
            if (table.TotalScoreCell is { } cell && NumberScanner.Plain(cell.Value) is { } total)
            {
                yield return total.Value;
            }
        }
    }
}
