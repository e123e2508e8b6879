namespace DocCheck.Cli.Fuzzing;

/// <summary>How the check of one fuzzed input ended. Only <see cref="Checked"/> and <see cref="Unreadable"/> are healthy.</summary>
internal enum FuzzVerdict
{
    /// <summary>Checked: the input was read as a report (a mutation that leaves a readable file).</summary>
    Checked,

    /// <summary>Refused with a one-line Chinese reason: what a broken file should get.</summary>
    Unreadable,

    /// <summary>The check process died (stack overflow, abort, signal).</summary>
    Crashed,

    /// <summary>The check did not answer within the time limit.</summary>
    Hung,

    /// <summary>The check ran out of its heap limit or its resident memory passed the limit.</summary>
    Memory,

    /// <summary>The engine answered with an internal error: an exception type it does not expect.</summary>
    InternalError,

    /// <summary>Refused, but the reason is not one line of Chinese (a stack trace, an exception name, nothing).</summary>
    BadReason,

    /// <summary>The outputs hold the content of a local file named by the input (an XML external entity).</summary>
    Leak,
}

/// <summary>The verdicts' words for the terminal and the finding files.</summary>
internal static class FuzzVerdicts
{
    public static bool IsFinding(this FuzzVerdict verdict) => verdict is not (FuzzVerdict.Checked or FuzzVerdict.Unreadable);

    public static string Chinese(this FuzzVerdict verdict) => verdict switch
    {
        FuzzVerdict.Checked => "已审核",
        FuzzVerdict.Unreadable => "无法读取",
        FuzzVerdict.Crashed => "进程崩溃",
        FuzzVerdict.Hung => "超时",
        FuzzVerdict.Memory => "内存超限",
        FuzzVerdict.InternalError => "内部错误",
        FuzzVerdict.BadReason => "原因不合格",
        FuzzVerdict.Leak => "泄露本地文件",
        _ => verdict.ToString(),
    };
}
