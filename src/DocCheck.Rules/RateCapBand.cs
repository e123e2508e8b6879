namespace DocCheck.Rules;

/// <summary>A province's cap on the total score for a low execution rate: below <paramref name="RateBelow"/>% at most <paramref name="MaxScore"/>.</summary>
/// <param name="RateBelow">Execution rate (percent) under which the cap applies.</param>
/// <param name="MaxScore">The highest total allowed.</param>
public sealed record RateCapBand(decimal RateBelow, decimal MaxScore);
