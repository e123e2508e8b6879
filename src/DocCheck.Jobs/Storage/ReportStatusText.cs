namespace DocCheck.Jobs.Storage;

/// <summary>Names of statuses: the contract id (API) and the Chinese label (pages).</summary>
public static class ReportStatusText
{
    /// <summary>queued / running / done / failed.</summary>
    public static string ToId(this ReportStatus status) => status switch
    {
        ReportStatus.Queued => "queued",
        ReportStatus.Running => "running",
        ReportStatus.Done => "done",
        _ => "failed",
    };

    /// <summary>排队中 / 检查中 / 已完成 / 失败.</summary>
    public static string ToChinese(this ReportStatus status) => status switch
    {
        ReportStatus.Queued => "排队中",
        ReportStatus.Running => "检查中",
        ReportStatus.Done => "已完成",
        _ => "失败",
    };

    /// <summary>Parses a contract id.</summary>
    public static ReportStatus Parse(string id) => id switch
    {
        "queued" => ReportStatus.Queued,
        "running" => ReportStatus.Running,
        "done" => ReportStatus.Done,
        "failed" => ReportStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown report status."),
    };
}
