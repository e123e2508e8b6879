using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Files a group of indicators under a wrong level-2 group by relabelling its level-2 cell: a 数量 / 质量 / 时效
/// group of 产出 becomes 成本指标 when none of its indicators is about money or cost; a 社会 / 经济 / 可持续 group of
/// 效益 becomes 生态效益指标 when none is about the environment — where the table has no group of that name yet. Every
/// indicator of the group is then misplaced.
/// </summary>
internal sealed class IndicatorRegroupedMutator : IMutator
{
    private static readonly string[] CostWords = ["成本", "费用", "单价", "经费", "资金", "元", "节约", "预算", "支出", "价格", "投资", "补贴", "补助"];

    private static readonly string[] EcologyWords =
        ["生态", "环境", "水", "绿", "污", "排放", "能耗", "碳", "垃圾", "植", "林", "空气", "节能", "土壤", "河", "湖", "秸秆", "耕地", "地力",
         "节约", "用电", "能源", "卫生"];

    public string Rule => RuleIds.Misplaced;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.IndicatorTables.Where(t => t.Level2Column is not null))
        {
            foreach (var group in table.Rows.GroupBy(r => r.Level2Cell, ReferenceEqualityComparer.Instance))
            {
                if (group.First().Level2Cell is not { } cell)
                {
                    continue;
                }

                var label = cell.Value;
                var level1 = group.First().Level1;
                string? relabel = null;
                if (level1.Contains("产出", StringComparison.Ordinal) && !label.Contains("成本", StringComparison.Ordinal)
                    && !group.Any(r => CostWords.Any(w => r.Name.Contains(w, StringComparison.Ordinal))))
                {
                    relabel = label.StartsWith("产出", StringComparison.Ordinal) ? "产出成本" : "成本指标";
                }
                else if (level1.Contains("效益", StringComparison.Ordinal) && !level1.Contains("满意", StringComparison.Ordinal)
                    && !label.Contains("生态", StringComparison.Ordinal) && !label.Contains("满意", StringComparison.Ordinal)
                    && !group.Any(r => EcologyWords.Any(w => r.Name.Contains(w, StringComparison.Ordinal))))
                {
                    relabel = label.EndsWith("指标", StringComparison.Ordinal) ? "生态效益指标" : "生态效益";
                }

                // A second group of the same name would merge with the first, whose declared weight then no longer adds up.
                if (relabel is null || table.Rows.Any(r => r.Level2 == relabel))
                {
                    continue;
                }

                var target = CellTarget.Of(cell);
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(IndicatorRegroupedMutator),
                    Place = $"{target.Ref} {label}（{string.Join("、", group.Select(r => r.Name))}）",
                    Planted = $"{label} → {relabel}",
                    Edits = [new SetCellText(target, cell.Value, relabel)],
                    Marks = [.. group.Select(r => r.Name)],
                    Places = [target.Ref, .. group.Select(r => CellTarget.Of(r.NameCell).Ref)],
                };
            }
        }
    }
}
