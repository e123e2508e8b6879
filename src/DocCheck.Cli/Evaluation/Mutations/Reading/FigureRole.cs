namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>What a money figure is, read from the words before it or from its column's header.</summary>
internal enum FigureRole
{
    /// <summary>No role word.</summary>
    None,

    /// <summary>年初预算.</summary>
    InitialBudget,

    /// <summary>预算, 全年预算, 调整后预算, 计划投资.</summary>
    Budget,

    /// <summary>到位资金.</summary>
    Received,

    /// <summary>支出, 执行数, 实际使用.</summary>
    Spent,

    /// <summary>结余, 结转, 未支出.</summary>
    Balance,
}
