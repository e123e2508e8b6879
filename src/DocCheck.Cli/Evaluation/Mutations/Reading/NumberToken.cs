using System.Globalization;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>
/// A number printed in normalised report text: where it is, its value, how it is written (decimals, thousands
/// separators), the comparator before it and the unit after it.
/// </summary>
/// <param name="Start">Start of the number (comparator excluded) in the text scanned.</param>
/// <param name="Length">Length of the digits (unit excluded).</param>
/// <param name="Value">The value in the printed unit (4030.50 for 4,030.50万元).</param>
/// <param name="Decimals">Digits printed after the point.</param>
/// <param name="Grouped">Whether thousands separators are printed.</param>
/// <param name="Comparator">≥ ≤ &gt; &lt; = or empty (不低于 etc. read as ≥ / ≤).</param>
/// <param name="Unit">The unit printed right after the number (万元, %, 万亩, 人), empty when none.</param>
internal sealed record NumberToken(int Start, int Length, decimal Value, int Decimals, bool Grouped, string Comparator, string Unit)
{
    /// <summary>End of the number's digits.</summary>
    public int End => Start + Length;

    /// <summary>End of the number with its unit.</summary>
    public int UnitEnd => End + Unit.Length;

    /// <summary>Half the last printed digit: the rounding the printed value allows.</summary>
    public decimal HalfUlp => 0.5m / Pow10(Decimals);

    /// <summary>Whether the unit is money.</summary>
    public bool IsMoney => Unit is "万元" or "元" or "亿元";

    /// <summary>Whether the number is a percentage.</summary>
    public bool IsPercent => Unit == "%";

    /// <summary>The value in 元 for money (1 otherwise).</summary>
    public decimal Scale => Unit switch
    {
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => 1m,
    };

    /// <summary>The digits as printed.</summary>
    public string Digits(string text) => text.Substring(Start, Length);

    /// <summary>Formats another value the way this number is printed (decimals, separators), without unit.</summary>
    public string Format(decimal value) => Format(value, Decimals, Grouped);

    /// <summary>Formats a value with the given decimals, with or without thousands separators.</summary>
    public static string Format(decimal value, int decimals, bool grouped)
    {
        var pattern = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>10 to a power.</summary>
    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
