using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Arithmetic;

/// <summary>结余（结转、未支出）不等于可用资金减去支出。</summary>
/// <remarks>
/// The available money may be the adjusted budget, the budget or the funds received, as the report defines it;
/// every base stated is tried (interval arithmetic) before a balance is called inconsistent.
/// </remarks>
public sealed class BalanceMatchesRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "balance.mismatch", "结余与预算、支出不符", RuleArea.Arithmetic, Severity.Error,
        "请按“可用资金 − 实际支出”重新计算结余（结转）资金，并说明计算口径。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var figures = context.Facts.Figures;
        foreach (var balance in FigurePicker.DistinctValues(figures.Where(f => f.Role == FigureRole.Balance)))
        {
            var spent = FigurePicker.DistinctValues(FigurePicker.Nearest(figures, [FigureRole.Spent], balance.Anchor));
            var bases = FigurePicker.DistinctValues(FigurePicker.Nearest(figures, FigureRoles.AvailableMoney, balance.Anchor));
            if (spent.Count == 0 || bases.Count == 0)
            {
                context.CannotVerify("结余", "报告未同时给出可用资金和支出金额，无法复核结余。", balance.Anchor.ToEvidence("结余"));
                continue;
            }

            // A paragraph about one part of the money (政府性基金…支出226.80万元…结转13.20万元) that states that part's
            // spending but no money of its own to set it against is the part's balance: the whole's budget says
            // nothing of it.
            var block = balance.Anchor.Location.Block;
            if (!balance.InTable && spent.Any(s => s.Anchor.Location.Block == block && !s.InTable)
                && !bases.Any(b => b.Anchor.Location.Block == block && !b.InTable)
                && spent.Where(s => s.Anchor.Location.Block == block).All(s => spent.Any(other => other.Number.Value > s.Number.Value)
                    && !figures.Any(other => other.Role == FigureRole.Spent && other.Number.Value == s.Number.Value && other.Anchor.Location != s.Anchor.Location)))
            {
                context.CannotVerify("结余", "该段只给出部分资金的支出，未给出其可用资金，无法复核结余。", balance.Anchor.ToEvidence("结余"));
                continue;
            }

            var stated = Interval.Of(balance.Number).Widen(Tolerance.For(context, balance.Number) + Tolerance.Epsilon);
            var pairs = (from b in bases from s in spent select (Base: b, Spent: s, Value: Interval.Of(b.Number) - Interval.Of(s.Number))).ToList();
            var match = pairs.FirstOrDefault(p => p.Value.Overlaps(stated));
            if (match.Base is not null)
            {
                context.Passed($"结余（{match.Base.Role.ToChinese()} − 实际支出）");
                continue;
            }

            // The reading nearest the stated balance is the one the author meant (a slip in it, not another base).
            var best = pairs.MinBy(p => Math.Abs(p.Value.Mid - balance.Number.Value));
            var computed = Format.Like(balance.Number, best.Value.Mid);
            var message = $"结余写为{balance.Number.Printed}，按{best.Base.Role.ToChinese()}{best.Base.Number.Printed} − 实际支出{best.Spent.Number.Printed}计算应为{computed}。";
            yield return context.Report("结余", message, balance.Number.Printed, computed,
            [
                balance.Anchor.ToEvidence("结余"),
                best.Base.Anchor.ToEvidence(best.Base.Role.ToChinese()),
                best.Spent.Anchor.ToEvidence("实际支出"),
            ]);
        }

        foreach (var finding in TableDifferences(context))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// The balance of each row of a table whose balance column the table shows to be one column less another (a
    /// source's 结余 = 到位数 − 实际支出), and of a sentence that works out a part's balance (市级统筹资金50.00万元…
    /// 支出43.80万元…结余4.20万元); amounts already read as the report's balance are checked above.
    /// </summary>
    private static IEnumerable<Finding> TableDifferences(RuleContext context)
    {
        var balances = context.Facts.Figures.Where(f => f.Role == FigureRole.Balance).Select(f => (f.Anchor.Location, f.Anchor.Focus.Start)).ToHashSet();
        foreach (var difference in context.Facts.Differences.Where(d => !balances.Contains((d.Stated.Anchor.Location, d.Stated.Anchor.Focus.Start))))
        {
            var stated = Interval.Of(difference.Stated.Number).Widen(Tolerance.For(context, difference.Stated.Number) + Tolerance.Epsilon);
            var value = Interval.Of(difference.From.Number) - Interval.Of(difference.Less.Number);
            if (value.Overlaps(stated))
            {
                context.Passed(difference.Name);
                continue;
            }

            var computed = Format.Like(difference.Stated.Number, value.Mid);
            yield return context.Report(difference.Name,
                $"{difference.Name}写为{difference.Stated.Number.Printed}，按{difference.From.Label}{difference.From.Number.Printed} − {difference.Less.Label}{difference.Less.Number.Printed}计算应为{computed}。",
                difference.Stated.Number.Printed, computed,
                [difference.Stated.Anchor.ToEvidence("结余"), difference.From.Anchor.ToEvidence("被减数"), difference.Less.Anchor.ToEvidence("减数")]);
        }
    }
}
