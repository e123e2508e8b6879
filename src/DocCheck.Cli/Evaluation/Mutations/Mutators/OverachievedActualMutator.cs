using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Raises an indicator's actual far over its target with full marks and no comment: 160% of a floor target (40% of
/// a ceiling), printed like the actual. Eligible: met with full marks, not already 30% beyond the target, target and
/// actual numbers in the same unit (a percentage only where 160% stays within 100%), an empty reason cell and no
/// sentence naming the indicator with a word that comments on exceeding it.
/// </summary>
internal sealed class OverachievedActualMutator : IMutator
{
    public string Rule => RuleIds.Overachieved;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (table, row) in IndicatorPlaces.Rows(report))
        {
            if (row.ActualCell is not { } actualCell || row.TargetCell is not { } targetCell || row.ScoreCell is not { } scoreCell || !row.HasFullScore || row.Attainment != Attainment.Met || row.IsExecution
                || Goal.Read(targetCell.Value, row.Name) is not { } goal || goal.ReadActual(actualCell.Value) is not { } actual
                || goal.Number.Value <= 0)
            {
                continue;
            }

            var place = IndicatorPlaces.Describe(row, actualCell, "实际完成值");
            var ratio = actual.Value / goal.Number.Value;
            if (goal.IsCeiling ? ratio <= 0.7m : ratio >= 1.3m)
            {
                yield return Mutation.Skipped(Rule, nameof(OverachievedActualMutator), place, actualCell.Value, "实际值已超出目标 30% 以上");
                continue;
            }

            if (!IndicatorPlaces.IsBlank(row.ReasonCell) || report.ProseMentions(row.Name, IndicatorPlaces.OverachievementWords))
            {
                yield return Mutation.Skipped(Rule, nameof(OverachievedActualMutator), place, actualCell.Value, "报告对该指标另有说明");
                continue;
            }

            var step = 1m / NumberToken.Pow10(actual.Decimals);
            var changed = goal.IsCeiling
                ? Math.Floor(goal.Number.Value * 0.4m / step) * step
                : Math.Ceiling(goal.Number.Value * 1.6m / step) * step;
            var changedRatio = changed / goal.Number.Value;
            if (changed <= 0 || (goal.IsCeiling ? changedRatio > 0.65m : changedRatio < 1.35m) || (goal.Unit == "%" && changed > 100m))
            {
                yield return Mutation.Skipped(Rule, nameof(OverachievedActualMutator), place, actualCell.Value, "无法写出超出目标 30% 以上的合理值");
                continue;
            }

            var printed = IndicatorPlaces.FormatLike(actual, changed, goal.Unit);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(OverachievedActualMutator),
                Place = place,
                Planted = $"{actualCell.Value} → {printed}（目标 {targetCell.Value}，满分 {scoreCell.Value}，无说明）",
                Edits = [new ReplaceText(CellTarget.Of(actualCell), actual.Start, actual.Length, actual.Digits(actualCell.Value), actual.Format(changed))],
                Marks = [row.Name, printed],
                Places = [CellTarget.Of(actualCell).Ref, CellTarget.Of(row.NameCell).Ref],
                Consequences = [RuleIds.FigureConflict, RuleIds.RateMismatch],
                Scope = [CellTarget.TableRefOf(table.Index)],
            };
        }
    }
}
