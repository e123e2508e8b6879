using System.Globalization;
using DocCheck.Extract.Numbers;

namespace DocCheck.Rules.Support;

/// <summary>Formats recomputed values for messages: in the claimed value's unit, with two more decimals than printed.</summary>
internal static class Format
{
    public static string Value(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', Math.Max(0, decimals)), CultureInfo.InvariantCulture).TrimEnd('.');

    /// <summary>A base-unit value in the unit of <paramref name="like"/>, e.g. 512.0200万元.</summary>
    public static string Like(PrintedNumber like, decimal baseValue, int extraDecimals = 0) =>
        Value(baseValue / like.Scale, like.Decimals + extraDecimals) + like.Unit;

    /// <summary>A percentage with two decimals: 79.46%.</summary>
    public static string Percent(decimal percent) => Value(percent, 2) + "%";

    /// <summary>A score with up to two decimals: 87.21分.</summary>
    public static string Points(decimal points) =>
        Math.Round(points, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "分";
}
