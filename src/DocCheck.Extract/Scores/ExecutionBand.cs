using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>
/// One band of the rule a report states for scoring budget execution (执行率≥95%得10分；90%（含）-95%得8分…):
/// rates in [<paramref name="Low"/>, <paramref name="High"/>) earn <paramref name="Points"/>.
/// </summary>
/// <param name="Low">Lowest rate of the band, in percent.</param>
/// <param name="High">Rate the band stops below, in percent; null for the top band.</param>
/// <param name="Points">Points the band earns.</param>
/// <param name="Anchor">Where the band is stated.</param>
public sealed record ExecutionBand(decimal Low, decimal? High, decimal Points, Anchor Anchor)
{
    /// <summary>Whether a rate between <paramref name="low"/> and <paramref name="high"/> (percent) may fall in this band; band edges count on both sides, as reports word them loosely.</summary>
    public bool Admits(decimal low, decimal high) => high >= Low && (High is not { } top || low <= top);
}
