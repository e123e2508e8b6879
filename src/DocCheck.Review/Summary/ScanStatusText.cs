namespace DocCheck.Review.Summary;

/// <summary>Chinese names of scan statuses.</summary>
public static class ScanStatusText
{
    /// <summary>已审核 / 无法读取 / 内部错误 / 已拒绝.</summary>
    public static string ToChinese(this ScanStatus status) => status switch
    {
        ScanStatus.Checked => "已审核",
        ScanStatus.Unreadable => "无法读取",
        ScanStatus.Failed => "内部错误",
        _ => "已拒绝",
    };
}
