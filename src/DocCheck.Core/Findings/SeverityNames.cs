namespace DocCheck.Core.Findings;

/// <summary>The names of severities in the JSON contract and in Chinese.</summary>
public static class SeverityNames
{
    /// <summary>The contract name: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static string ToId(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The Chinese name used in the review note.</summary>
    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "提示",
        _ => "参考",
    };

    /// <summary>Parses a contract name; null when unknown.</summary>
    public static Severity? Parse(string? id) => id?.Trim().ToUpperInvariant() switch
    {
        "ERROR" => Severity.Error,
        "WARNING" => Severity.Warning,
        "INFO" => Severity.Info,
        _ => null,
    };
}
