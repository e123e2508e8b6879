using System.Globalization;

namespace DocCheck.Extract.Numbers;

/// <summary>
/// A number as a report prints it, with what is needed to judge it: its value in base units, the decimals
/// printed (a value with d decimals stands for ±0.5·10⁻ᵈ of its printed unit), its unit and comparator.
/// </summary>
public sealed record PrintedNumber
{
    /// <summary>The text as printed, including unit and comparator (normalised form).</summary>
    public required string Printed { get; init; }

    /// <summary>The value in the printed unit (512.02 for 512.02万元).</summary>
    public required decimal Mantissa { get; init; }

    /// <summary>Decimals printed.</summary>
    public required int Decimals { get; init; }

    /// <summary>Factor from the printed unit to the base unit (10000 for 万元, 1 for 元 and %).</summary>
    public decimal Scale { get; init; } = 1m;

    /// <summary>What the number measures.</summary>
    public UnitKind Kind { get; init; }

    /// <summary>The unit as printed (万元, %, 个, 万件).</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>The measure word without magnitude (件 for 万件), for comparing counts.</summary>
    public string MeasureWord { get; init; } = string.Empty;

    /// <summary>A comparator printed with the number.</summary>
    public Comparator Comparator { get; init; }

    /// <summary>Start of the number in the normalised text it came from.</summary>
    public int Start { get; init; }

    /// <summary>Length of the printed number in the normalised text.</summary>
    public int Length { get; init; }

    /// <summary>The value in base units (元 for money).</summary>
    public decimal Value => Mantissa * Scale;

    /// <summary>
    /// Half the last printed digit, in base units: the rounding a printed value allows. Whole counts (1648个,
    /// 39项) are exact — nobody rounds a count of items to the unit — so they allow none; nor does a bare zero
    /// (因公出国（境）费0万元 is nothing spent, not anything under 5,000元).
    /// </summary>
    public decimal HalfUlp => IsExactCount || IsExact || (Mantissa == 0m && Decimals == 0) ? 0m : 0.5m * Pow10(-Decimals) * Scale;

    /// <summary>Whether the number is exact by definition rather than rounded (a weight of 10 is exactly 10).</summary>
    public bool IsExact { get; init; }

    /// <summary>Whether the number is a whole count of things (个, 项, 人…), exact rather than rounded.</summary>
    public bool IsExactCount => Kind == UnitKind.Measure && Decimals == 0 && Scale == 1m;

    /// <summary>The smallest value the printed number can stand for.</summary>
    public decimal Low => Value - HalfUlp;

    /// <summary>The largest value the printed number can stand for.</summary>
    public decimal High => Value + HalfUlp;

    /// <summary>Whether the number is money.</summary>
    public bool IsMoney => Kind == UnitKind.Money;

    /// <summary>Formats a value in this number's unit and decimals, e.g. for a "computed" column.</summary>
    public string FormatLike(decimal baseValue, int extraDecimals = 0)
    {
        var decimals = Math.Max(Decimals, 0) + extraDecimals;
        var inUnit = Scale == 0 ? baseValue : baseValue / Scale;
        return inUnit.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.') + Unit;
    }

    /// <inheritdoc/>
    public override string ToString() => Printed;

    internal static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent < 0 ? 1m / result : result;
    }
}
