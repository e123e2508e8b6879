namespace DocCheck.Extract.Sections;

/// <summary>A section of a standard outline, with the heading words that stand for it.</summary>
/// <param name="Id">Stable short id (basic, process, conclusion…).</param>
/// <param name="Title">The outline's title for it.</param>
/// <param name="Synonyms">Words a heading may use instead.</param>
public sealed record StandardSection(string Id, string Title, IReadOnlyList<string> Synonyms)
{
    /// <summary>The seven parts of an evaluation report (财预〔2020〕10号 reference outline; the rule catalog).</summary>
    public static IReadOnlyList<StandardSection> EvaluationOutline { get; } =
    [
        new("basic", "基本情况", ["基本情况", "项目概况", "概况"]),
        new("process", "绩效评价工作开展情况", ["评价工作开展", "评价工作情况", "绩效评价工作", "评价工作过程", "评价目的", "评价原则", "评价方法", "评价指标体系", "评价工作组织", "自评工作", "评价步骤", "评价过程", "工作开展情况"]),
        new("conclusion", "综合评价情况及评价结论", ["综合评价", "评价结论", "总体评价", "评价结果"]),
        new("analysis", "绩效评价指标分析", ["指标分析", "绩效分析", "绩效情况", "绩效目标完成情况", "绩效目标实现情况", "绩效指标完成情况", "项目决策情况", "项目产出情况", "项目效益情况", "项目过程情况"]),
        new("lessons", "主要经验及做法、存在的问题及原因分析", ["经验", "做法", "存在的问题", "存在问题", "问题及原因"]),
        new("advice", "有关建议", ["建议", "对策"]),
        new("other", "其他需要说明的问题", ["其他需要说明", "其他需说明", "其他说明", "其他事项", "需要说明的问题", "需说明的", "其他问题"]),
    ];

    /// <summary>The outline of a self-evaluation narrative (自评报告).</summary>
    public static IReadOnlyList<StandardSection> SelfEvaluationOutline { get; } =
    [
        new("basic", "基本情况", ["基本情况", "项目概况", "概况", "目标分解下达"]),
        new("achievement", "绩效目标完成情况分析", ["目标完成情况", "目标实现情况", "指标完成情况", "绩效分析", "完成情况分析", "绩效情况"]),
        new("deviation", "偏离绩效目标的原因和下一步改进措施", ["偏离", "偏差", "原因", "改进措施", "存在的问题", "存在问题"]),
        new("use", "绩效自评结果拟应用和公开情况", ["应用", "公开"]),
    ];

    /// <summary>
    /// The older project report outline many provinces still use for 自评报告 (domain notes: 项目概况 / 项目资金使用及
    /// 管理情况 / 项目组织实施情况 / 项目绩效情况 …): its later parts vary (存在的问题及原因分析, 下一步工作措施及建议,
    /// 存在的问题及改进措施, 其他需要说明的问题), so only problems and measures are required of them.
    /// </summary>
    public static IReadOnlyList<StandardSection> ProjectOutline { get; } =
    [
        new("basic", "项目概况", ["项目概况", "基本情况", "概况"]),
        new("funds", "项目资金使用及管理情况", ["资金使用", "资金管理", "资金情况", "资金安排", "资金投入"]),
        new("implementation", "项目组织实施情况", ["组织实施", "实施情况", "项目管理情况"]),
        new("performance", "项目绩效情况", ["绩效情况", "绩效目标完成", "绩效目标实现", "绩效分析", "指标完成情况", "绩效表现"]),
        new("problems", "存在的问题及原因", ["存在的问题", "存在问题", "问题及原因", "偏离", "偏差"]),
        new("measures", "改进措施及建议", ["改进措施", "建议", "措施", "下一步", "整改"]),
    ];

    /// <summary>
    /// The outline of a department's whole-spending self-evaluation (部门整体支出绩效自评报告): provinces vary its
    /// later parts, so only what every variant has is required.
    /// </summary>
    public static IReadOnlyList<StandardSection> DepartmentOutline { get; } =
    [
        new("basic", "部门（单位）基本情况", ["基本情况", "概况", "部门职能", "单位职能", "主要职能"]),
        new("achievement", "绩效目标完成情况（绩效自评情况）", ["绩效自评", "目标完成", "目标实现", "绩效情况", "绩效分析", "履职", "整体支出绩效", "评价结论", "自评结论", "完成情况"]),
        new("problems", "存在的问题及原因", ["存在的问题", "存在问题", "问题及原因", "偏离", "偏差"]),
        new("measures", "改进措施及建议", ["改进措施", "建议", "措施", "下一步", "整改"]),
    ];
}
