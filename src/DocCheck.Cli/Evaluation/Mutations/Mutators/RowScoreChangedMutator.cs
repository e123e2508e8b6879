using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Takes one point off one row's score so that the claimed total no longer matches the rows. Eligible: a scoring
/// table whose total row equals the sum of its rows (with or without the budget block's execution score) and a row
/// scoring at least 1 (not the execution row). A met row then has a partial score, so a score-unexplained finding
/// on it follows from the change.
/// </summary>
internal sealed class RowScoreChangedMutator : IMutator
{
    public string Rule => RuleIds.ScoreTotalMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.IndicatorTables)
        {
            if (table.TotalScoreCell is not { } totalCell)
            {
                continue;
            }

            var addsUp = ScoreSums.TotalAddsUp(report, table);
            foreach (var row in table.Rows)
            {
                if (row.ScoreCell is not { } cell || row.Score is not { } score || score.Value < 1 || row.IsExecution)
                {
                    continue;
                }

                var place = IndicatorPlaces.Describe(row, cell, "得分");
                if (!addsUp)
                {
                    yield return Mutation.Skipped(Rule, nameof(RowScoreChangedMutator), place, cell.Value, "原表总分已与各行得分之和不符");
                    continue;
                }

                var changed = score.Format(score.Value - 1);
                var group = table.Rows.Where(r => r.Level1 == row.Level1 && r.Level1.Length > 0).Sum(r => r.Score?.Value ?? 0m) - 1;
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(RowScoreChangedMutator),
                    Place = place,
                    Planted = $"{cell.Value} → {changed}（总分 {totalCell.Value} 不变）",
                    Edits = [new ReplaceText(CellTarget.Of(cell), score.Start, score.Length, score.Digits(cell.Value), changed)],
                    Values = [.. ScoreSums.After(report, table, -1), group],
                    Places = [CellTarget.Of(cell).Ref, CellTarget.Of(totalCell).Ref],
                    Consequences = [RuleIds.ScoreUnexplained],
                    ScoreChange = -1m,
                    Marks = [],
                    Scope = [CellTarget.Of(row.NameCell).Ref],
                };
            }
        }
    }
}
