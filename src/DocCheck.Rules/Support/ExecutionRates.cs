using DocCheck.Extract;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Rules.Support;

/// <summary>The execution rate a report's own figures give, by the base the report uses.</summary>
internal static class ExecutionRates
{
    /// <summary>
    /// Spent ÷ base, the base chosen by what the label names (年初预算 → initial, 全年预算 → adjusted, 到位 → received),
    /// else the adjusted budget, the budget, the funds received, the initial budget — nearest the anchor first.
    /// </summary>
    public static (Interval Percent, Figure Spent, Figure Base)? Recompute(ReportFacts facts, Anchor near, string label)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(label);
        IReadOnlyList<FigureRole> bases = label.Contains("年初预算", StringComparison.Ordinal) ? [FigureRole.BudgetInitial]
            : label.Contains("全年预算", StringComparison.Ordinal) || label.Contains("调整后", StringComparison.Ordinal) ? [FigureRole.BudgetAdjusted]
            : label.Contains("到位", StringComparison.Ordinal) ? [FigureRole.FundsReceived]
            : FigureRoles.AvailableMoney;
        var spent = FigurePicker.Nearest(facts.Figures, [FigureRole.Spent], near).FirstOrDefault();
        var baseFigure = FigurePicker.Nearest(facts.Figures, bases, near).FirstOrDefault()
            ?? FigurePicker.Nearest(facts.Figures, FigureRoles.AvailableMoney, near).FirstOrDefault();
        if (spent is null || baseFigure is null || Interval.Divide(Interval.Of(spent.Number), Interval.Of(baseFigure.Number)) is not { } ratio)
        {
            return null;
        }

        return (ratio * 100m, spent, baseFigure);
    }

    /// <summary>Every spent ÷ base pair, the preferred one (as <see cref="Recompute"/> chooses it) first.</summary>
    public static IEnumerable<(Interval Percent, Figure Spent, Figure Base)> RecomputeAll(ReportFacts facts, Anchor near, string label)
    {
        if (Recompute(facts, near, label) is { } preferred)
        {
            yield return preferred;
        }

        foreach (var spent in FigurePicker.DistinctValues(facts.Figures.Where(f => f.Role == FigureRole.Spent)))
        {
            foreach (var available in FigurePicker.DistinctValues(facts.Figures.Where(f => FigureRoles.AvailableMoney.Contains(f.Role))))
            {
                if (Interval.Divide(Interval.Of(spent.Number), Interval.Of(available.Number)) is { } ratio)
                {
                    yield return (ratio * 100m, spent, available);
                }
            }
        }
    }

    /// <summary>The report's execution rate: the rate stated in the budget block, else a stated one, else recomputed.</summary>
    public static (Interval Percent, Anchor Anchor, string Text)? Best(ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var stated = facts.Rates.FirstOrDefault(r => r.Kind == RateKind.Execution);
        if (stated is not null)
        {
            return (Interval.Of(stated.Stated), stated.Anchor, stated.Stated.Printed);
        }

        var anchor = facts.Figures.FirstOrDefault(f => f.Role == FigureRole.Spent)?.Anchor;
        if (anchor is not null && Recompute(facts, anchor, string.Empty) is { } recomputed)
        {
            return (recomputed.Percent, anchor, Format.Percent(recomputed.Percent.Mid));
        }

        return null;
    }
}
