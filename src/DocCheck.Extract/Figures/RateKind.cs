namespace DocCheck.Extract.Figures;

/// <summary>What a stated rate is, which decides how it is recomputed.</summary>
public enum RateKind
{
    /// <summary>预算执行率: spent ÷ a budget base (every base the report states is tried).</summary>
    Execution,

    /// <summary>资金到位率: received ÷ budget.</summary>
    FundsReceived,

    /// <summary>结转结余率: balance ÷ the budget.</summary>
    CarryOver,

    /// <summary>A share or completion rate whose numerator and denominator the sentence states.</summary>
    Explicit,
}
