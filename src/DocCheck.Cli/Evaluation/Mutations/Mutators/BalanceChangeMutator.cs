using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Changes a stated balance (结余, 结转, 未支出) by raising its first significant digit (328.04 → 428.04).
/// Eligible: a balance equal to available money (预算, 年初预算, 到位资金) minus spending as the report states them,
/// and whose changed value no such difference gives.
/// </summary>
internal sealed class BalanceChangeMutator : IMutator
{
    private static readonly FigureRole[] Available = [FigureRole.Budget, FigureRole.InitialBudget, FigureRole.Received];

    public string Rule => RuleIds.BalanceMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        var differences = (
            from available in report.Money.Where(m => Available.Contains(m.Role))
            from spent in report.Money.Where(m => m.Role == FigureRole.Spent)
            select (Value: available.Yuan - spent.Yuan, Slack: available.HalfUlpYuan + spent.HalfUlpYuan)).ToList();
        foreach (var balance in report.Money.Where(m => m.Role == FigureRole.Balance))
        {
            var printed = balance.Printed;
            var place = $"{balance.Target.Ref} {FigureRoles.ClauseBefore(balance.Text, balance.Token.Start)}";
            if (!differences.Any(d => Math.Abs(d.Value - balance.Yuan) <= d.Slack + balance.HalfUlpYuan))
            {
                yield return Mutation.Skipped(Rule, nameof(BalanceChangeMutator), place, printed, "报告中没有算得出该余额的预算与支出");
                continue;
            }

            var changed = Digits.BumpFirstDigit(balance.Token.Value);
            var newDigits = balance.Token.Format(changed);
            var yuan = changed * balance.Scale;
            if (changed == balance.Token.Value || differences.Any(d => Math.Abs(d.Value - yuan) <= d.Slack + balance.HalfUlpYuan))
            {
                yield return Mutation.Skipped(Rule, nameof(BalanceChangeMutator), place, $"{printed} → {newDigits}", "改动后的余额仍可由报告中的其他数字算出");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(BalanceChangeMutator),
                Place = place,
                Planted = $"{printed} → {newDigits}",
                Edits = [new ReplaceText(balance.Target, balance.Token.Start, balance.Token.Length, printed, newDigits)],
                Marks = [newDigits],
                Values = [changed],
                Places = [balance.Target.Ref],
                Consequences = [.. RuleIds.FigureRulesBut(Rule)],
            };
        }
    }
}
