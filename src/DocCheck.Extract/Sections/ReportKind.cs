namespace DocCheck.Extract.Sections;

/// <summary>Which outline a report follows; it decides what <c>section.missing</c> checks against.</summary>
public enum ReportKind
{
    /// <summary>A full evaluation report (部门评价, 财政评价, third-party, and the many 自评报告 that follow it): the seven-part outline of 财预〔2020〕10号.</summary>
    Evaluation,

    /// <summary>A self-evaluation narrative (自评报告): 基本情况 → 绩效目标完成情况 → 偏离原因和改进措施 → 结果应用和公开.</summary>
    SelfEvaluationReport,

    /// <summary>A self-evaluation table on its own (自评表): no narrative outline to check.</summary>
    SelfEvaluationTable,

    /// <summary>A project report on the older outline (项目概况 / 项目资金使用及管理情况 / 项目组织实施情况 / 项目绩效情况 …).</summary>
    ProjectReport,

    /// <summary>A department's self-evaluation of its whole spending (部门整体支出绩效自评报告).</summary>
    DepartmentReport,
}
