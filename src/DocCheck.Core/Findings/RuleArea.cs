namespace DocCheck.Core.Findings;

/// <summary>The family a rule belongs to, used to group rules in documentation and summaries.</summary>
public enum RuleArea
{
    /// <summary>Rates, sums and balances recomputed from the report's own figures.</summary>
    Arithmetic,

    /// <summary>Scores, weights and grades of the scoring table.</summary>
    Scoring,

    /// <summary>The quality of indicators: targets, actual values, deviations.</summary>
    Indicators,

    /// <summary>The same quantity stated differently in different places; periods.</summary>
    Consistency,

    /// <summary>The report's outline and leftover template text.</summary>
    Structure,

    /// <summary>The budget and its changes during the year.</summary>
    Budget,
}
