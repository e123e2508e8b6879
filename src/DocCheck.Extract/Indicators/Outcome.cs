namespace DocCheck.Extract.Indicators;

/// <summary>How an indicator's actual value compares with its target.</summary>
public enum Outcome
{
    /// <summary>The comparison cannot be made (no numbers, different units, qualitative wording).</summary>
    Unknown,

    /// <summary>The target is met.</summary>
    Met,

    /// <summary>The actual value falls short of the target.</summary>
    Shortfall,
}
