namespace DocCheck.Extract.Figures;

/// <summary>What a money figure is in the project's finances.</summary>
public enum FigureRole
{
    /// <summary>年初预算数, 计划投资, 概算总投资: the budget as first set.</summary>
    BudgetInitial,

    /// <summary>全年预算数, 调整后预算, 实际投资: the budget after changes during the year.</summary>
    BudgetAdjusted,

    /// <summary>预算金额, 项目预算: a budget the report does not qualify.</summary>
    Budget,

    /// <summary>到位资金: funds actually received.</summary>
    FundsReceived,

    /// <summary>支出, 执行数, 使用: money spent.</summary>
    Spent,

    /// <summary>结余, 结转, 未支出: what is left.</summary>
    Balance,

    /// <summary>收回: taken back by the finance bureau during the year.</summary>
    Recovered,

    /// <summary>调剂: moved to another unit or project.</summary>
    Transferred,

    /// <summary>追加: added during the year.</summary>
    Added,

    /// <summary>上年结转: last year's carry-over used as a source of funds.</summary>
    CarryOverSource,

    /// <summary>可支配资金: this year's income and last year's carry-over together, all there was to spend.</summary>
    Disposable,
}
