namespace DocCheck.Extract.Sections;

/// <summary>What kind of report a document is; it decides which outline applies.</summary>
public enum ReportKind
{
    /// <summary>A full evaluation report (部门评价, 财政评价, third-party): the seven-part outline of 财预〔2020〕10号.</summary>
    Evaluation,

    /// <summary>A self-evaluation narrative (自评报告): 基本情况 → 绩效目标完成情况 → 偏离原因和改进措施 → 结果应用和公开.</summary>
    SelfEvaluationReport,

    /// <summary>A self-evaluation table on its own (自评表): no narrative outline to check.</summary>
    SelfEvaluationTable,
}
