using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Transposes two adjacent digits of one occurrence of a money figure stated in two places (1,064.80 → 1,046.80).
/// Eligible: a figure in running text whose words give it a role (预算, 到位, 支出, 结余…) and that the report
/// states elsewhere — in prose or a table — with the same role and value.
/// </summary>
internal sealed class FigureTranspositionMutator : IMutator
{
    public string Rule => RuleIds.FigureConflict;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(random);
        foreach (var figure in report.Money.Where(m => m.Paragraph is not null && m.Role != FigureRole.None))
        {
            var twins = report.Money.Where(m => !ReferenceEquals(m, figure) && m.Role == figure.Role && m.Yuan == figure.Yuan).ToList();
            if (twins.Count == 0)
            {
                continue;
            }

            var printed = figure.Printed;
            var place = $"{figure.Target.Ref} {FigureRoles.ClauseBefore(figure.Text, figure.Token.Start)}（另见 {twins[0].Target.Ref}）";
            if (Digits.Transpose(printed, random) is not { } changed)
            {
                yield return Mutation.Skipped(Rule, nameof(FigureTranspositionMutator), place, printed, "没有可以对调的相邻数字");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(FigureTranspositionMutator),
                Place = place,
                Planted = $"{printed} → {changed}",
                Edits = [new ReplaceText(figure.Target, figure.Token.Start, figure.Token.Length, printed, changed)],
                Marks = [changed],
                Places = [figure.Target.Ref],
                Consequences = [.. RuleIds.FigureRulesBut(Rule)],
            };
        }
    }
}
