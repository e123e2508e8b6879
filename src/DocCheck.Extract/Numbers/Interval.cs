using System.Globalization;

namespace DocCheck.Extract.Numbers;

/// <summary>
/// A closed interval of values. Printed numbers are intervals (512.02 stands for [512.015, 512.025]); sums and
/// quotients of intervals bound what the exact figures can be, so a stated total is inconsistent only when its
/// interval misses the interval of the sum — the rule statcheck and XBRL Calculations 1.1 use.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    /// <summary>The interval a printed number stands for.</summary>
    public static Interval Of(PrintedNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return new Interval(number.Low, number.High);
    }

    /// <summary>
    /// The interval a printed number stands for as a rounded result, even when it is exact for summing (a score of
    /// 3.67 printed for 4 × 91.86% = 3.674 is exact as an addend but rounded as a product).
    /// </summary>
    public static Interval Rounded(PrintedNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var half = 0.5m * PrintedNumber.Pow10(-number.Decimals) * number.Scale;
        return new Interval(number.Value - half, number.Value + half);
    }

    /// <summary>An exact value.</summary>
    public static Interval Exact(decimal value) => new(value, value);

    /// <summary>The midpoint.</summary>
    public decimal Mid => (Low + High) / 2m;

    /// <summary>Interval sum.</summary>
    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    /// <summary>Interval difference.</summary>
    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    /// <summary>Scales by a non-negative factor.</summary>
    public static Interval operator *(Interval a, decimal factor) => factor >= 0 ? new(a.Low * factor, a.High * factor) : new(a.High * factor, a.Low * factor);

    /// <summary>Interval sum (named alternative for the + operator).</summary>
    public static Interval Add(Interval a, Interval b) => a + b;

    /// <summary>Interval difference (named alternative for the - operator).</summary>
    public static Interval Subtract(Interval a, Interval b) => a - b;

    /// <summary>Scaling (named alternative for the * operator).</summary>
    public static Interval Multiply(Interval a, decimal factor) => a * factor;

    /// <summary>Quotient of positive intervals; null when the divisor may be zero or negative.</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Low <= 0m)
        {
            return null;
        }

        var candidates = new[] { a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High };
        return new Interval(candidates.Min(), candidates.Max());
    }

    /// <summary>Whether the two intervals share a value, allowing an extra slack.</summary>
    public bool Overlaps(Interval other, decimal slack = 0m) => Low - slack <= other.High && other.Low <= High + slack;

    /// <summary>Widened on both sides.</summary>
    public Interval Widen(decimal amount) => new(Low - amount, High + amount);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Low}, {High}]");
}
