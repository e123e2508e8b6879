using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Drops every row of one level-1 group (e.g. 满意度指标) from a scoring table; the total row stays. Eligible: a
/// scoring table with a level-1 column and at least two groups besides the execution row, whose weights add up
/// today to its total row's weight (or to 100 without one, the budget block's execution weight counted where the
/// table has one). The table then covers part of the framework: only table.incomplete is expected — its total
/// cannot be verified, so total and weight mismatches on it count as extras (issue 15, class 8).
/// </summary>
internal sealed partial class GroupDroppedMutator : IMutator
{
    public string Rule => RuleIds.TableIncomplete;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.IndicatorTables.Where(t => t.Level1Column is not null && t.IsScored))
        {
            var groups = Groups(table).Where(g => !g.Rows[0].IsExecution).ToList();
            if (groups.Count < 2)
            {
                continue;
            }

            var declared = table.TotalWeightCell is { } cell && NumberScanner.Plain(cell.Value) is { } total ? total.Value : 100m;
            var weights = ScoreSums.Weights(report, table, 0);
            foreach (var group in groups)
            {
                var name = GroupName(group.Rows[0].Level1);
                var tableRef = CellTarget.TableRefOf(table.Index);
                var place = $"{tableRef} 第{group.First + 1}–{group.Last + 1}行（{name}）";
                if (!weights.Contains(declared))
                {
                    yield return Mutation.Skipped(Rule, nameof(GroupDroppedMutator), place, name, "原表分值之和已不等于总分值");
                    continue;
                }

                var dropped = group.Rows.Sum(r => r.Weight?.Value ?? 0m);
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(GroupDroppedMutator),
                    Place = place,
                    Planted = $"删去一级指标“{name}”的 {group.Last - group.First + 1} 行（分值 {dropped}）",
                    Edits = [new RemoveRows(table.Index, group.First, group.Last)],
                    Marks = [name],
                    Values = [.. weights.Select(w => w - dropped)],
                    Places = [tableRef],
                };
            }
        }
    }

    [GeneratedRegex(@"[（(].*$")]
    private static partial Regex WeightMark();

    /// <summary>A level-1 label without its weight mark or line breaks (产出指标（50分） → 产出指标).</summary>
    internal static string GroupName(string label) => WeightMark().Replace(label.Replace("\n", string.Empty, StringComparison.Ordinal), string.Empty);

    /// <summary>The level-1 groups: runs of rows under one level-1 label, as the grid rows they span (up to the next group or the total row).</summary>
    internal static List<(int First, int Last, List<IndicatorRow> Rows)> Groups(IndicatorTableView table)
    {
        var groups = new List<(int First, int Last, List<IndicatorRow> Rows)>();
        foreach (var row in table.Rows)
        {
            if (groups.Count > 0 && groups[^1].Rows[0].Level1 == row.Level1 && ReferenceEquals(groups[^1].Rows[0].Level1Cell, row.Level1Cell))
            {
                groups[^1].Rows.Add(row);
            }
            else
            {
                groups.Add((row.Row, row.Row, [row]));
            }
        }

        var end = table.TotalRow ?? table.Table.RowCount;
        for (var i = 0; i < groups.Count; i++)
        {
            var last = i + 1 < groups.Count ? groups[i + 1].First - 1 : table.TotalRow is null ? groups[i].Rows[^1].Row : end - 1;
            groups[i] = (groups[i].First, last, groups[i].Rows);
        }

        return groups;
    }
}
