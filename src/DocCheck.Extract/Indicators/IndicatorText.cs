using System.Text.RegularExpressions;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>Small text helpers for indicator names and group labels.</summary>
public static partial class IndicatorText
{
    /// <summary>指标1：物业配备 → 物业配备.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var match = IndexPrefix().Match(trimmed);
        return match.Success && match.Length < trimmed.Length ? trimmed[match.Length..].Trim() : trimmed;
    }

    /// <summary>产出指标（50分） → (产出指标, 50); 满意度\n指标\n（10分） → (满意度指标, 10).</summary>
    public static (string Name, PrintedNumber? Weight) SplitGroupLabel(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var compact = Text.Compaction.Compact(normalized);
        var match = WeightMark().Match(compact);
        if (!match.Success)
        {
            return (compact, null);
        }

        var weight = NumberParser.ParseValue(match.Groups["w"].Value + "分");
        return (compact.Remove(match.Index, match.Length), weight is null ? null : weight with { IsExact = true });
    }

    /// <summary>A compact key for comparing group names: 产出指标 / 产出 / 产出类 → 产出.</summary>
    public static string GroupKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Replace("指标", string.Empty, StringComparison.Ordinal).Replace("类", string.Empty, StringComparison.Ordinal);
        return key.Trim();
    }

    /// <summary>Whether a cell says nothing: empty, or a dash, slash or 无 standing for "not applicable".</summary>
    public static bool IsBlank(string? value) =>
        value?.Trim() is not { Length: > 0 } text || text is "/" or "／" or "-" or "—" or "——" or "－" or "无" or "--";

    [GeneratedRegex(@"^(指标\s*\d+|\d+)\s*[:：、.]")]
    private static partial Regex IndexPrefix();

    [GeneratedRegex(@"[(（](?<w>\d+(?:\.\d+)?)分?[)）]")]
    private static partial Regex WeightMark();
}
