using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>实际完成值照抄年度指标值（逐字相同，或仅加“已”），表中没有真实的完成数据。</summary>
public sealed class ActualRepeatsTargetRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.target-equals-actual", "实际完成值照抄指标值", RuleArea.Indicators, Severity.Warning,
        "请填写实际完成的具体数值或情况，不应照抄年度指标值。");

    /// <summary>
    /// The 年度总体目标 block of a self-evaluation table (预期目标 | 实际完成情况): a 实际完成情况 that repeats the
    /// 预期目标 word for word reports nothing done (domain notes: 预期目标 = 实际完成情况).
    /// </summary>
    private static IEnumerable<Finding> OverallGoalCopies(RuleContext context)
    {
        foreach (var table in context.Facts.Document.Tables)
        {
            foreach (var header in table.Cells.Where(c => Compaction.Compact(c.Value) is "预期目标" or "年度目标"))
            {
                var actualHeader = table.RowCells(header.Row).FirstOrDefault(c => c.Column > header.Column && Compaction.Compact(c.Value).StartsWith("实际完成", StringComparison.Ordinal));
                if (actualHeader is null || table.At(header.Row + header.RowSpan, header.Column) is not { } goal
                    || table.At(goal.Row, actualHeader.Column) is not { } done || ReferenceEquals(goal, done))
                {
                    continue;
                }

                var goalText = Compaction.Compact(goal.Value);
                if (IndicatorText.IsBlank(goalText) || goalText != Compaction.Compact(done.Value))
                {
                    context.Passed("年度总体目标");
                    continue;
                }

                yield return context.Report("年度总体目标",
                    $"年度总体目标的实际完成情况照抄预期目标（“{Shorten(done.Text.Original.Trim())}”），未反映实际完成情况。",
                    Shorten(done.Text.Original.Trim()), null,
                    [IndicatorEvidence.Of(goal, "预期目标"), IndicatorEvidence.Of(done, "实际完成情况")]);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>
    /// A target that is just a value (100%, 6000平方米, 0起) may be met exactly: an actual equal to it is a measurement,
    /// not a copy. A copied comparator (≥95%), a phrase (专款专用, 效果明显) or a sentence measures nothing.
    /// </summary>
    private static bool IsPlainMeasurement(string target)
    {
        var numbers = NumberParser.FindAll(target);
        return numbers.Count == 1 && numbers[0] is { Comparator: Comparator.None } number && number.Start == 0
            && target.Length - number.Length <= MaxUnitLength;
    }

    /// <summary>Both columns holding the row's weight (20 | 20 | 分值 20): neither is a target or a measurement.</summary>
    private static bool RepeatsWeight(Indicator indicator, string target) =>
        indicator.Weight is { } weight && NumberParser.ParseValue(target) is { Kind: UnitKind.None } bare && bare.Value == weight.Value;

    /// <summary>
    /// A table without a weight column whose every target is a bare whole number and whose targets add up to a full
    /// scoring total (100, or 90 beside a budget block): the unit filled the weights into the value columns
    /// (指标值 20 | 完成值 20 on every row, 20+20+10+…=100), so no row states a target or a measurement.
    /// </summary>
    private static bool TargetsAreWeights(IndicatorTable table)
    {
        if (table.Has(IndicatorColumn.Weight) || table.Has(IndicatorColumn.Level1Weight))
        {
            return false;
        }

        var targets = table.Indicators.Select(i => Compaction.Compact(i.TargetCell?.Value ?? string.Empty))
            .Where(t => !IndicatorText.IsBlank(t)).ToList();
        var bare = targets.Select(t => NumberParser.ParseValue(t))
            .Where(n => n is { Kind: UnitKind.None, Comparator: Comparator.None } && n.Value == decimal.Truncate(n.Value) && n.Value > 0)
            .Select(n => n!.Value).ToList();
        return targets.Count >= MinWeightRows && bare.Count == targets.Count && bare.Sum() is 100m or 90m;
    }

    /// <summary>Fewer rows could add up to 100 by chance (50 | 50).</summary>
    private const int MinWeightRows = 4;

    /// <summary>A unit after the number (万人次, 平方米, 公里) is at most this long.</summary>
    private const int MaxUnitLength = 4;

    private static readonly string[] DonePrefixes = ["均已", "全部", "已经", "已"];

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var finding in OverallGoalCopies(context))
        {
            yield return finding;
        }

        var weightTables = new Dictionary<IndicatorTable, bool>(ReferenceEqualityComparer.Instance);
        foreach (var (table, indicator) in context.Facts.Indicators)
        {
            if (!weightTables.TryGetValue(table, out var targetsAreWeights))
            {
                weightTables[table] = targetsAreWeights = TargetsAreWeights(table);
            }

            if (!table.Has(IndicatorColumn.Actual) || indicator.TargetCell is null || indicator.ActualCell is null)
            {
                continue;
            }

            var target = Compaction.Compact(indicator.TargetCell.Value);
            var actual = Compaction.Compact(indicator.ActualCell.Value);
            if (IndicatorText.IsBlank(target) || IndicatorText.IsBlank(actual))
            {
                continue;
            }

            if ((actual != target && !DonePrefixes.Any(p => actual.StartsWith(p, StringComparison.Ordinal) && actual[p.Length..] == target))
                || (IsPlainMeasurement(target) && !RepeatsWeight(indicator, target) && !targetsAreWeights))
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            var weightsNote = targetsAreWeights && IsPlainMeasurement(target) ? "（该表指标值一栏合计为满分，所填应为分值）" : string.Empty;
            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”的实际完成值“{indicator.ActualCell.Text.Original.Trim()}”照抄年度指标值“{indicator.TargetCell.Text.Original.Trim()}”{weightsNote}，未反映实际完成情况。",
                indicator.ActualCell.Text.Original.Trim(), null, IndicatorEvidence.Row(indicator));
        }
    }

}
