using DocCheck.Extract.Scores;

namespace DocCheck.Rules;

/// <summary>Settings of a check: per-rule switches and the few parameters rules take.</summary>
public sealed record CheckSettings
{
    /// <summary>The defaults.</summary>
    public static CheckSettings Default { get; } = new();

    /// <summary>Per-rule settings by rule id; rules not listed use their defaults.</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>();

    /// <summary>Grade bands used when a report states none (≥90 优, 80–90 良, 60–80 中, &lt;60 差).</summary>
    public GradeBands DefaultGradeBands { get; init; } = GradeBands.Standard;

    /// <summary>How far (as a fraction) an actual may beat its target before indicator.overachieved asks why (财预〔2020〕10号).</summary>
    public decimal OverachievementThreshold { get; init; } = 0.30m;

    /// <summary>A rate off by at most this many percentage points is a warning rather than an error.</summary>
    public decimal MinorRateGap { get; init; } = 1.0m;

    /// <summary>
    /// Total-score caps for low execution rates (score.rate-cap). The defaults are the bands some provincial
    /// platforms use (70–80% → ≤ 89, 60–70% → ≤ 79, &lt; 60% → ≤ 69, &lt; 50% → ≤ 59); empty turns the rule off.
    /// </summary>
    public IReadOnlyList<RateCapBand> RateCapBands { get; init; } =
    [
        new(50m, 59m),
        new(60m, 69m),
        new(70m, 79m),
        new(80m, 89m),
    ];

    /// <summary>The settings of one rule.</summary>
    public RuleSettings For(string ruleId) => Rules.TryGetValue(ruleId, out var settings) ? settings : DefaultRule;

    private static RuleSettings DefaultRule { get; } = new();
}
