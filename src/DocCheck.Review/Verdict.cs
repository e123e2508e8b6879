namespace DocCheck.Review;

/// <summary>The review's conclusion, which follows from the findings.</summary>
public enum Verdict
{
    /// <summary>通过: nothing beyond information.</summary>
    Pass,

    /// <summary>建议完善: warnings only.</summary>
    Improve,

    /// <summary>退回修改: at least one error.</summary>
    Return,
}
