using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>
/// Compares an indicator's actual value with its target. Numbers are compared only when both sides measure the
/// same thing (same unit kind and measure word); a target of ≤ (or a cost target without comparator) is a
/// ceiling. Printed rounding is allowed for: 95% printed stands for anything in [94.5, 95.5).
/// </summary>
public static class IndicatorAssessor
{
    private static readonly string[] ShortfallWords = ["未完成", "未达到", "未达成", "未实现", "部分完成", "部分达成", "未按时", "滞后", "延期", "未达标", "未开展"];
    private static readonly string[] MetWords = ["已完成", "完成", "达到", "达成", "实现", "达标", "合格", "是", "按时完成", "全部完成"];

    /// <summary>Compares the indicator's actual value with its target (once per indicator: several rules ask).</summary>
    public static Assessment Assess(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Assessment;
    }

    /// <summary>Compares afresh; <see cref="Indicator.Assessment"/> keeps the result.</summary>
    internal static Assessment Compare(Indicator indicator)
    {
        var target = MainNumber(indicator.Target);
        var actual = MainNumber(indicator.Actual);
        if (target is null)
        {
            return Qualitative(indicator.Actual);
        }

        if (actual is null || actual.Comparator != Comparator.None)
        {
            return Assessment.Unknown with { Target = target };
        }

        if (actual.Kind == UnitKind.None && target.Kind != UnitKind.None)
        {
            actual = NumberParser.WithUnit(actual, target.Unit);
        }

        if (!Comparable(target, actual))
        {
            return Assessment.Unknown with { Target = target, Actual = actual };
        }

        var lowerIsBetter = target.Comparator is Comparator.AtMost or Comparator.LessThan
            || (target.Comparator == Comparator.None && IsCost(indicator));
        // A target is a threshold, exact as written (≥95% means 95); only the actual value carries rounding.
        var met = lowerIsBetter ? actual.Low <= target.Value : actual.High >= target.Value;

        decimal? ratio = null;
        if (lowerIsBetter && actual.Value != 0)
        {
            ratio = target.Value / actual.Value;
        }
        else if (!lowerIsBetter && target.Value != 0)
        {
            ratio = actual.Value / target.Value;
        }

        return new Assessment(met ? Outcome.Met : Outcome.Shortfall, target, actual, lowerIsBetter, ratio);
    }

    /// <summary>
    /// The number a target or actual text is about: its only number, or the one printed with a comparator when
    /// there are several; null for composite or qualitative texts.
    /// </summary>
    public static PrintedNumber? MainNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = NumberParser.FindAll(text).Where(n => n.Kind is not (UnitKind.Year or UnitKind.DatePart)).ToList();
        if (numbers.Count == 1)
        {
            return numbers[0];
        }

        var compared = numbers.Where(n => n.Comparator != Comparator.None).ToList();
        return compared.Count == 1 ? compared[0] : null;
    }

    private static bool Comparable(PrintedNumber target, PrintedNumber actual) =>
        target.Kind == actual.Kind && (target.Kind != UnitKind.Measure || target.MeasureWord == actual.MeasureWord);

    private static bool IsCost(Indicator indicator) =>
        indicator.Level2.Contains("成本", StringComparison.Ordinal) || indicator.Name.Contains("成本", StringComparison.Ordinal);

    private static Assessment Qualitative(string actual)
    {
        var text = actual.Trim();
        if (text.Length == 0)
        {
            return Assessment.Unknown;
        }

        if (ShortfallWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return Assessment.Unknown with { Outcome = Outcome.Shortfall };
        }

        return MetWords.Any(w => text.StartsWith(w, StringComparison.Ordinal) || text.EndsWith(w, StringComparison.Ordinal))
            ? Assessment.Unknown with { Outcome = Outcome.Met }
            : Assessment.Unknown;
    }
}
