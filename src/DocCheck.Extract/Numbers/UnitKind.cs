namespace DocCheck.Extract.Numbers;

/// <summary>What a printed number measures.</summary>
public enum UnitKind
{
    /// <summary>No unit printed.</summary>
    None,

    /// <summary>Money (元, 万元, 亿元); values are converted to 元.</summary>
    Money,

    /// <summary>A percentage (%, ‰ converted to percent).</summary>
    Percent,

    /// <summary>Points of a score (分).</summary>
    Points,

    /// <summary>A count or measure with a measure word (个, 项, 人, 公里, 亩…).</summary>
    Measure,

    /// <summary>A calendar year (2021年).</summary>
    Year,

    /// <summary>A month, day or hour of a date or time (9月, 31日).</summary>
    DatePart,

    /// <summary>Percentage points (个百分点): a difference of rates, not a rate.</summary>
    PercentagePoints,
}
