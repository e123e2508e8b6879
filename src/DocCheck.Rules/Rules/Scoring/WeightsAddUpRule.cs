using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Scoring;

/// <summary>评分表分值（权重）之和不等于声明的总分（通常为100）或所属分组的分值（如 产出指标（50分））。</summary>
/// <remarks>
/// A group is checked against its leaf indicators' weights (falling back on its level-2 groups' weights), so
/// one mistyped level-2 weight is reported once, at that group, rather than again at its parent.
/// </remarks>
public sealed class WeightsAddUpRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "weight.total-mismatch", "分值合计不符", RuleArea.Scoring, Severity.Error,
        "请核对各级指标分值，使下级指标分值之和等于上级指标分值，总分值为100分。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var analysis in ScoringAnalysis.Of(context.Facts))
        {
            var table = analysis.Table;
            foreach (var group in table.Groups.Where(g => g.Weight is not null))
            {
                Interval? parts = null;
                var count = 0;
                if (group.Members.Count > 0 && group.Members.All(m => m.Weight is not null))
                {
                    parts = group.Members.Aggregate(Interval.Exact(0m), (sum, m) => sum + Interval.Of(m.Weight!));
                    count = group.Members.Count;
                }
                else if (group.Level == 1)
                {
                    var children = table.Groups.Where(g => g.Level == 2 && g.Parent == group.Name && ReferenceEquals(Parent(table, g), group)).ToList();
                    if (children.Count > 0 && children.All(c => c.Weight is not null))
                    {
                        parts = children.Aggregate(Interval.Exact(0m), (sum, c) => sum + Interval.Of(c.Weight!));
                        count = children.Count;
                    }
                }

                if (parts is not { } sum)
                {
                    continue;
                }

                var declared = Interval.Of(group.Weight!).Widen(context.Rule.Tolerance + Tolerance.Epsilon);
                if (sum.Overlaps(declared))
                {
                    context.Passed(group.Name + "分值");
                    continue;
                }

                var sumText = Format.Points(sum.Mid);
                var weightCell = group.WeightCell ?? group.NameCell;
                var evidence = new List<Evidence> { Anchor.ForCell(weightCell).ToEvidence("分组分值") };
                evidence.AddRange(group.Members.Where(m => m.WeightCell is not null).Select(m => Anchor.ForCell(m.WeightCell!).ToEvidence("下级分值 " + m.ShortName)));
                yield return context.Report(group.Name, $"“{group.Name}”分值写为{group.Weight!.Printed}，其下{count}项指标分值之和为{sumText}。",
                    group.Weight.Printed, sumText, evidence);
            }

            if (analysis.TotalWeight is not { } total || analysis.IsIncomplete || (analysis.Missing.Count > 0 && table.DeclaredTotalWeight is null))
            {
                continue;
            }

            // With no total declared, weights short of 100 may leave a part out of the table (the execution row in a
            // block of its own): the total cannot be checked, and 100 is not assumed.
            if (table.DeclaredTotalWeight is null && total.High < analysis.ExpectedTotal - context.Rule.Tolerance)
            {
                context.CannotVerify("分值合计", $"评分表未写明总分值，表内各项分值之和为{Format.Points(total.Mid)}，不足100分，可能另有部分不在表内，无法核实总分值。");
                continue;
            }

            var expected = Interval.Exact(analysis.ExpectedTotal).Widen(context.Rule.Tolerance + Tolerance.Epsilon);
            if (table.DeclaredTotalWeight is { } declaredTotal)
            {
                expected = Interval.Of(declaredTotal).Widen(context.Rule.Tolerance + Tolerance.Epsilon);
            }

            if (total.Overlaps(expected) || analysis.RowWeight is { } rows && rows.Overlaps(expected))
            {
                context.Passed("分值合计");
                continue;
            }

            // Neither the groups' weights nor the rows' reach the total: quote the nearer sum. A group whose own weight
            // is mistyped (reported above) throws its sum further off than the rows, where one row's change shows.
            if (analysis.RowWeight is { } rowSum && Math.Abs(rowSum.Mid - expected.Mid) < Math.Abs(total.Mid - expected.Mid))
            {
                total = rowSum;
            }

            var totalText = Format.Points(total.Mid);
            var claimed = table.DeclaredTotalWeight?.Printed ?? Format.Points(analysis.ExpectedTotal);
            var anchor = table.DeclaredTotalWeightCell is { } cell
                ? Anchor.ForCell(cell)
                : Anchor.ForCell(table.Table.At(table.HeaderRow, table.Columns.First(p => p.Value is IndicatorColumn.Weight or IndicatorColumn.Level1Weight).Key)!);
            yield return context.Report("分值合计", $"评分表总分值应为{claimed}，各项分值之和为{totalText}。", claimed, totalText,
                [anchor.ToEvidence(table.DeclaredTotalWeightCell is null ? "分值列" : "总分值")]);
        }
    }

    private static IndicatorGroup? Parent(IndicatorTable table, IndicatorGroup child)
    {
        IndicatorGroup? parent = null;
        foreach (var group in table.Groups)
        {
            if (ReferenceEquals(group, child))
            {
                return parent;
            }

            if (group.Level == 1)
            {
                parent = group;
            }
        }

        return null;
    }
}
