using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Arithmetic;

/// <summary>比率（执行率、到位率、占比、完成率）与报告自身给出的分子、分母不符。</summary>
/// <remarks>
/// Interval arithmetic: a stated rate with d decimals is consistent when the interval of numerator ÷ denominator
/// (each as printed) meets [rate − 0.5·10⁻ᵈ, rate + 0.5·10⁻ᵈ]. Execution rates rest on different bases
/// (全年预算数, 到位资金, 调整后预算 — rule catalog, "Judging, not guessing"): every base the report states is tried
/// and the one used is named. A gap of at most <see cref="CheckSettings.MinorRateGap"/> points is a warning.
/// </remarks>
public sealed class RateMatchesAmountsRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "rate.mismatch", "比率与金额或数量不符", RuleArea.Arithmetic, Severity.Error,
        "请按报告所列金额或数量重新计算该比率，核对计算口径（分子、分母）与小数位后更正。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var figures = context.Facts.Figures;
        var checkedStatements = new HashSet<(string, decimal, int)>();
        foreach (var rate in context.Facts.Rates)
        {
            // The same rate printed twice in one place is one check.
            if (!checkedStatements.Add((rate.Name, rate.Stated.Value, rate.Anchor.Location.Block)))
            {
                continue;
            }

            var candidates = Candidates(rate, figures).ToList();
            if (candidates.Count == 0)
            {
                context.CannotVerify(rate.Name, rate.Kind is RateKind.Execution or RateKind.CarryOver
                    ? "报告未同时给出支出金额和预算（或到位资金）金额，无法复核执行率。"
                    : "报告未给出计算该比率所需的分子或分母。", rate.Anchor.ToEvidence("比率"));
                continue;
            }

            var stated = Interval.Of(rate.Stated).Widen(Tolerance.For(context, rate.Stated) + Tolerance.Epsilon);
            var consistent = candidates.FirstOrDefault(c => c.Percent is { } p && p.Overlaps(stated));
            if (consistent.Percent is not null)
            {
                context.Passed($"{rate.Name}（{consistent.Base}）");
                continue;
            }

            // A base of 0 (年初预算0.00万元, all of it added during the year) gives no rate; the next reading does.
            var best = candidates.FirstOrDefault(c => c.Percent is not null);
            if (best.Percent is not { } percent)
            {
                continue;
            }

            var computed = percent.Mid;
            var gap = Math.Abs(computed - rate.Stated.Value) - rate.Stated.HalfUlp;
            var others = candidates.Where(c => c.Percent is not null && c != best).Select(c => $"{c.Base}为{Format.Percent(c.Percent!.Value.Mid)}").Distinct().Take(3).ToList();
            var basis = best.DenominatorText.Length == 0 ? $"按{best.Base}（“{best.NumeratorText}”）应为" : $"按{best.Base}（{best.NumeratorText} ÷ {best.DenominatorText}）计算应为";
            var message = $"{rate.Name}写为{rate.Stated.Printed}，{basis}{Format.Percent(computed)}"
                + (others.Count > 0 ? $"；其他口径：{string.Join("，", others)}" : string.Empty) + "。";
            var evidence = new List<Evidence> { rate.Anchor.ToEvidence("比率") };
            evidence.AddRange(best.Evidence);
            yield return context.Report(rate.Name, message, rate.Stated.Printed, Format.Percent(computed), evidence,
                gap <= context.Settings.MinorRateGap ? Severity.Warning : null);
        }
    }

    private static IEnumerable<Candidate> Candidates(RateStatement rate, IReadOnlyList<Figure> figures)
    {
        switch (rate.Kind)
        {
            case RateKind.Explicit when rate.Numerator is { } numerator && rate.Denominator is { } denominator:
                yield return new Candidate(
                    rate.Numerator.Label + " ÷ " + rate.Denominator.Label,
                    Percent(numerator.Number, denominator.Number),
                    numerator.Number.Printed,
                    denominator.Number.Printed,
                    [numerator.Anchor.ToEvidence("分子"), denominator.Anchor.ToEvidence("分母")]);
                // An execution rate over the year's money may count last year's carry-over in (2024年执行率 =
                // 支出 ÷ (当年到位 + 上年结转), as a note under the table says): tried when the report states one.
                if (rate.Name.Contains("执行", StringComparison.Ordinal))
                {
                    foreach (var carryOver in FigurePicker.DistinctValues(figures.Where(f => f.Role == FigureRole.CarryOverSource && f.Number.Value > 0)))
                    {
                        yield return new Candidate(
                            rate.Numerator.Label + " ÷ （" + rate.Denominator.Label + " + 上年结转）",
                            Interval.Divide(Interval.Of(numerator.Number), Interval.Of(denominator.Number) + Interval.Of(carryOver.Number)) is { } ratio ? ratio * 100m : null,
                            numerator.Number.Printed,
                            denominator.Number.Printed + " + " + carryOver.Number.Printed,
                            [numerator.Anchor.ToEvidence("分子"), denominator.Anchor.ToEvidence("分母"), carryOver.Anchor.ToEvidence("上年结转")]);
                    }
                }

                foreach (var (otherNumerator, otherDenominator) in rate.OtherBases)
                {
                    yield return new Candidate(
                        otherNumerator.Label + " ÷ " + otherDenominator.Label,
                        Percent(otherNumerator.Number, otherDenominator.Number),
                        otherNumerator.Number.Printed,
                        otherDenominator.Number.Printed,
                        [otherNumerator.Anchor.ToEvidence("分子"), otherDenominator.Anchor.ToEvidence("分母")]);
                }

                break;
            case RateKind.Execution or RateKind.CarryOver or RateKind.FundsReceived:
                // The report's figures first, then the amounts of the rate's own paragraph.
                var (numerators, denominators) = rate.Kind switch
                {
                    RateKind.Execution => ((IReadOnlyList<FigureRole>)[FigureRole.Spent], FigureRoles.AvailableMoney),
                    RateKind.CarryOver => ([FigureRole.Balance], FigureRoles.AvailableMoney),
                    _ => ([FigureRole.FundsReceived], [FigureRole.BudgetAdjusted, FigureRole.Budget, FigureRole.BudgetInitial]),
                };
                foreach (var candidate in Pairs(rate, figures, numerators, denominators).Concat(OwnParagraph(rate)))
                {
                    yield return candidate;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// The amounts the rate's own paragraph gives it, tried after the report's figures: another reading that can
    /// only clear a rate, or be the one reading when the figures carry no role the lexicon knows.
    /// </summary>
    private static IEnumerable<Candidate> OwnParagraph(RateStatement rate)
    {
        if (rate.WholeStated is { } whole)
        {
            yield return new Candidate("文中所称全部到位", Interval.Exact(100m), whole.FocusText, string.Empty, [whole.ToEvidence("全部到位")]);
        }

        if (rate.Numerator is { } numerator && rate.Denominator is { } denominator)
        {
            yield return new Candidate(
                "同段所列金额",
                Percent(numerator.Number, denominator.Number),
                numerator.Number.Printed,
                denominator.Number.Printed,
                [numerator.Anchor.ToEvidence("分子"), denominator.Anchor.ToEvidence("分母")]);
        }
    }

    private static IEnumerable<Candidate> Pairs(RateStatement rate, IReadOnlyList<Figure> figures, IReadOnlyList<FigureRole> numeratorRoles, IReadOnlyList<FigureRole> denominatorRoles)
    {
        var numerators = FigurePicker.DistinctValues(FigurePicker.Nearest(figures, numeratorRoles, rate.Anchor));
        var denominators = FigurePicker.DistinctValues(FigurePicker.Nearest(figures, denominatorRoles, rate.Anchor));
        foreach (var numerator in numerators)
        {
            foreach (var denominator in denominators)
            {
                yield return new Candidate(
                    numerator.Role.ToChinese() + " ÷ " + denominator.Role.ToChinese(),
                    Percent(numerator.Number, denominator.Number),
                    numerator.Number.Printed,
                    denominator.Number.Printed,
                    [numerator.Anchor.ToEvidence("分子：" + numerator.Role.ToChinese()), denominator.Anchor.ToEvidence("分母：" + denominator.Role.ToChinese())]);
            }
        }
    }

    private static Interval? Percent(PrintedNumber numerator, PrintedNumber denominator) =>
        Interval.Divide(Interval.Of(numerator), Interval.Of(denominator)) is { } ratio ? ratio * 100m : null;

    private readonly record struct Candidate(string Base, Interval? Percent, string NumeratorText, string DenominatorText, IReadOnlyList<Evidence> Evidence);
}
