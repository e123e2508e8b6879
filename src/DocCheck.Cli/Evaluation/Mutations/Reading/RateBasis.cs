namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>
/// A numerator and denominator the report states, as intervals of what their printed values stand for: a rate is
/// consistent with them when its own interval meets the interval of numerator ÷ denominator.
/// </summary>
internal sealed record RateBasis(decimal NumeratorLow, decimal NumeratorHigh, decimal DenominatorLow, decimal DenominatorHigh)
{
    /// <summary>A basis from two printed numbers in the same unit (values and half-ulps in that unit).</summary>
    public static RateBasis? Of(decimal numerator, decimal numeratorHalf, decimal denominator, decimal denominatorHalf) =>
        denominator - denominatorHalf <= 0 || numerator < 0
            ? null
            : new RateBasis(numerator - numeratorHalf, numerator + numeratorHalf, denominator - denominatorHalf, denominator + denominatorHalf);

    /// <summary>Whether the rate printed as <paramref name="percent"/> (± <paramref name="half"/>) can follow from this basis.</summary>
    public bool Allows(decimal percent, decimal half)
    {
        var low = Math.Max(NumeratorLow, 0) / DenominatorHigh * 100m;
        var high = NumeratorHigh / DenominatorLow * 100m;
        return high >= percent - half - 0.000001m && low <= percent + half + 0.000001m;
    }

    /// <summary>
    /// The bases a rate printed at <paramref name="rate"/> of <paramref name="text"/> can rest on: pairs of numbers in
    /// the same unit in its sentence or the sentence before (not percentages, dates or years).
    /// </summary>
    public static IEnumerable<RateBasis> InSentence(string text, NumberToken rate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rate);
        var end = text.IndexOfAny(['。', '；'], rate.End);
        end = end < 0 ? text.Length : end;
        var start = SentenceStart(text, rate.Start);
        if (start > 0)
        {
            start = SentenceStart(text, start - 1);
        }

        var numbers = NumberScanner.Scan(text[start..end])
            .Where(n => !n.IsPercent && n.Comparator.Length == 0 && n.Unit is not ("年" or "月" or "日") && n.Start + start != rate.Start)
            .ToList();
        return Pairs(numbers);
    }

    private static int SentenceStart(string text, int position) =>
        position <= 0 ? 0 : text.LastIndexOfAny(['。', '；'], position - 1) + 1;

    /// <summary>Ordered pairs of numbers in the same unit (money compared in 元).</summary>
    public static IEnumerable<RateBasis> Pairs(IReadOnlyList<NumberToken> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        foreach (var a in numbers)
        {
            foreach (var b in numbers)
            {
                if (ReferenceEquals(a, b) || !(a.Unit == b.Unit || (a.IsMoney && b.IsMoney)))
                {
                    continue;
                }

                if (Of(a.Value * a.Scale, Half(a) * a.Scale, b.Value * b.Scale, Half(b) * b.Scale) is { } basis)
                {
                    yield return basis;
                }
            }
        }
    }

    /// <summary>The rounding a printed number allows: none for whole counts (1648个, a weight of 10), which are exact.</summary>
    private static decimal Half(NumberToken number) => number.Decimals == 0 && !number.IsMoney && !number.IsPercent ? 0m : number.HalfUlp;

    /// <summary>Pairs of money figures with the given roles anywhere in the report (spending ÷ budget for 执行率).</summary>
    public static IEnumerable<RateBasis> OfRoles(ReportView report, IReadOnlyCollection<FigureRole> numerators, IReadOnlyCollection<FigureRole> denominators)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tops = report.Money.Where(m => numerators.Contains(m.Role)).ToList();
        var bottoms = report.Money.Where(m => denominators.Contains(m.Role)).ToList();
        foreach (var top in tops)
        {
            foreach (var bottom in bottoms)
            {
                if (Of(top.Yuan, top.HalfUlpYuan, bottom.Yuan, bottom.HalfUlpYuan) is { } basis)
                {
                    yield return basis;
                }
            }
        }
    }
}
