using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>The comparison of an indicator's actual value with its target.</summary>
/// <param name="Outcome">Met, short, or unknown.</param>
/// <param name="Target">The target number, when numeric.</param>
/// <param name="Actual">The actual number, when numeric.</param>
/// <param name="LowerIsBetter">Whether the target is a ceiling (≤: costs, durations).</param>
/// <param name="Ratio">Actual ÷ target (target ÷ actual for ceilings): 1 means exactly on target.</param>
public sealed record Assessment(Outcome Outcome, PrintedNumber? Target, PrintedNumber? Actual, bool LowerIsBetter, decimal? Ratio)
{
    /// <summary>No comparison possible.</summary>
    public static Assessment Unknown { get; } = new(Outcome.Unknown, null, null, false, null);
}
