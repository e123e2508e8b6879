namespace DocCheck.Extract.Figures;

/// <summary>Chinese names of figure roles, for messages and the note's appendix.</summary>
public static class FigureRoles
{
    /// <summary>The role's Chinese name.</summary>
    public static string ToChinese(this FigureRole role) => role switch
    {
        FigureRole.BudgetInitial => "年初预算",
        FigureRole.BudgetAdjusted => "调整后（全年）预算",
        FigureRole.Budget => "预算",
        FigureRole.FundsReceived => "实际到位资金",
        FigureRole.Spent => "实际支出",
        FigureRole.Balance => "结余（结转）",
        FigureRole.Recovered => "收回资金",
        FigureRole.Transferred => "调剂资金",
        FigureRole.Added => "追加资金",
        FigureRole.Disposable => "可支配资金",
        _ => "上年结转资金",
    };

    /// <summary>The roles that can serve as the base of execution and balance: available money.</summary>
    public static IReadOnlyList<FigureRole> AvailableMoney { get; } =
        [FigureRole.BudgetAdjusted, FigureRole.Budget, FigureRole.FundsReceived, FigureRole.BudgetInitial, FigureRole.Disposable];
}
