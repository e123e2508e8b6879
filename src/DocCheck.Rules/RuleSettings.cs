using DocCheck.Core.Findings;

namespace DocCheck.Rules;

/// <summary>Per-rule settings: on or off, severity, and an extra tolerance.</summary>
public sealed record RuleSettings
{
    /// <summary>Whether the rule runs.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Overrides the rule's default severity.</summary>
    public Severity? Severity { get; init; }

    /// <summary>
    /// Extra slack beyond printed rounding, in the unit of the value checked (percentage points for rates, points
    /// for scores, the printed money unit for amounts). 0 applies the rounding rule alone.
    /// </summary>
    public decimal Tolerance { get; init; }
}
