using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Makes an indicator that met its target with full marks fall short of it, keeping the full score: the actual
/// becomes 90% of a floor target (110% of a ceiling), printed like the actual. Eligible: met with full marks,
/// target and actual numbers in the same unit. With no reason given, a deviation-unexplained finding on the same
/// row follows from the change.
/// </summary>
internal sealed class ShortfallWithFullScoreMutator : IMutator
{
    public string Rule => RuleIds.ShortfallFullScore;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (row.ActualCell is not { } actualCell || row.TargetCell is not { } targetCell || row.ScoreCell is not { } scoreCell || !row.HasFullScore || row.Weight is not { Value: > 0 } || row.Attainment != Attainment.Met
                || Goal.Read(targetCell.Value, row.Name) is not { } goal || goal.ReadActual(actualCell.Value) is not { } actual
                || goal.Number.Value <= 0)
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, actualCell, "实际完成值");
            var raw = goal.IsCeiling ? goal.Number.Value * 1.1m : goal.Number.Value * 0.9m;
            var step = 1m / NumberToken.Pow10(actual.Decimals);
            var changed = goal.IsCeiling ? Math.Ceiling(raw / step) * step : Math.Floor(raw / step) * step;
            if (goal.IsMetBy(changed) || changed < 0)
            {
                yield return Mutation.Skipped(Rule, nameof(ShortfallWithFullScoreMutator), place, actualCell.Value, "按实际值的小数位无法写出未达标的值");
                continue;
            }

            var printed = IndicatorPlaces.FormatLike(actual, changed, goal.Unit);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(ShortfallWithFullScoreMutator),
                Place = place,
                Planted = $"{actualCell.Value} → {printed}（目标 {targetCell.Value}，仍得满分 {scoreCell.Value}）",
                Edits = [new ReplaceText(CellTarget.Of(actualCell), actual.Start, actual.Length, actual.Digits(actualCell.Value), actual.Format(changed))],
                Marks = [row.Name, printed],
                Places = [CellTarget.Of(actualCell).Ref, CellTarget.Of(row.NameCell).Ref],
                Consequences = [RuleIds.DeviationUnexplained, RuleIds.FigureConflict, RuleIds.RateMismatch],
                Scope = [CellTarget.TableRefOf(table.Index)],
            };
        }
    }
}
