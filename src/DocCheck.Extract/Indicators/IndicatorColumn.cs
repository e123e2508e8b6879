namespace DocCheck.Extract.Indicators;

/// <summary>What a column of an indicator table holds, recognised by meaning rather than exact wording.</summary>
public enum IndicatorColumn
{
    /// <summary>Not used by DocCheck (评分标准, 序号…).</summary>
    Ignore,

    /// <summary>一级指标 / 指标类型.</summary>
    Level1,

    /// <summary>The weight of the level-1 group (scoring tables: 一级指标 | 分值).</summary>
    Level1Weight,

    /// <summary>二级指标.</summary>
    Level2,

    /// <summary>The weight of the level-2 group.</summary>
    Level2Weight,

    /// <summary>三级指标 / 指标名称: the indicator itself.</summary>
    Name,

    /// <summary>年度指标值 / 目标值 / 绩效目标.</summary>
    Target,

    /// <summary>实际完成值 / 完成值 / 实际值.</summary>
    Actual,

    /// <summary>分值 / 权重 of the indicator.</summary>
    Weight,

    /// <summary>得分 / 自评得分.</summary>
    Score,

    /// <summary>偏差原因分析及改进措施 / 原因 / 备注.</summary>
    Reason,

    /// <summary>指标性质: the comparator printed in its own column.</summary>
    Comparator,

    /// <summary>度量单位: the unit printed in its own column.</summary>
    Unit,
}
