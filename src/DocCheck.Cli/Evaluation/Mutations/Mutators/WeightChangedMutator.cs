using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Raises one row's weight by 2 so that the weights no longer add up to what the table declares. Eligible: a
/// scoring table whose weights add up today to its declared total (the total row's weight, with or without the
/// budget block's execution weight) or to every declared level-1 weight (产出指标（50分）, a level-1 分值 column),
/// and a row that is not the execution row. A met row with full marks then has a partial score, so a
/// score-unexplained finding on it follows from the change.
/// </summary>
internal sealed partial class WeightChangedMutator : IMutator
{
    public string Rule => RuleIds.WeightTotalMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.IndicatorTables.Where(t => t.WeightColumn is not null))
        {
            var declared = Declared(report, table);
            foreach (var row in table.Rows)
            {
                if (row.WeightCell is not { } cell || row.Weight is not { } weight || row.IsExecution)
                {
                    continue;
                }

                var place = IndicatorPlaces.Describe(row, cell, "分值");
                if (!declared)
                {
                    yield return Mutation.Skipped(Rule, nameof(WeightChangedMutator), place, cell.Value, "表中没有可核对的总分值或一级指标分值，或原表已不相符");
                    continue;
                }

                var changed = weight.Format(weight.Value + 2);
                var level1 = table.Rows.Where(r => r.Level1 == row.Level1).Sum(r => r.Weight?.Value ?? 0m) + 2;
                var level2 = table.Rows.Where(r => r.Level1 == row.Level1 && r.Level2 == row.Level2).Sum(r => r.Weight?.Value ?? 0m) + 2;
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(WeightChangedMutator),
                    Place = place,
                    Planted = $"{cell.Value} → {changed}",
                    Edits = [new ReplaceText(CellTarget.Of(cell), weight.Start, weight.Length, weight.Digits(cell.Value), changed)],
                    Marks = [row.Name],
                    Values = [.. ScoreSums.Weights(report, table, 2), level1, level2],
                    Places = [CellTarget.Of(cell).Ref, CellTarget.Of(row.NameCell).Ref],
                    Consequences = [RuleIds.ScoreUnexplained],
                    Scope = [CellTarget.Of(row.NameCell).Ref],
                };
            }
        }
    }

    [GeneratedRegex(@"[（(](\d+(?:\.\d+)?)分[)）]")]
    private static partial Regex GroupWeight();

    /// <summary>Whether the table declares weights that its rows add up to today.</summary>
    private static bool Declared(ReportView report, IndicatorTableView table)
    {
        if (table.TotalWeightCell is { } totalCell && NumberScanner.Plain(totalCell.Value) is { } total)
        {
            return ScoreSums.Weights(report, table, 0).Contains(total.Value);
        }

        var groups = table.Rows.Where(r => r.Level1.Length > 0).GroupBy(r => r.Level1, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return false;
        }

        foreach (var group in groups)
        {
            var declared = GroupWeight().Match(group.Key) is { Success: true } m ? decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : table.Level1WeightColumn is { } c && group.First().Level1Cell is { } l1 && table.Table.At(l1.Row, c) is { } wc
                    && NumberScanner.Plain(wc.Value) is { } w ? w.Value : (decimal?)null;
            if (declared is not { } d || group.Sum(r => r.Weight?.Value ?? 0m) != d)
            {
                return false;
            }
        }

        return true;
    }
}
