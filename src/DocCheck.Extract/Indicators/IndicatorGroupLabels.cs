namespace DocCheck.Extract.Indicators;

/// <summary>
/// The nine level-2 groups of the self-evaluation table (产出: 数量/质量/时效/成本; 效益: 经济/社会/生态/可持续影响;
/// 满意度) as the classifier names them, and the mapping from the labels tables print.
/// </summary>
public static class IndicatorGroupLabels
{
    /// <summary>The classifier's labels.</summary>
    public static IReadOnlyList<string> All { get; } = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度"];

    /// <summary>
    /// The group a printed label names: 数量指标 / 产出数量 → 数量, 社会效益指标 → 社会效益, 服务对象满意度指标 → 满意度;
    /// null for labels outside the nine (决策, 过程, 项目效益, 产出指标 …).
    /// </summary>
    public static string? Normalize(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = IndicatorText.GroupKey(Text.Compaction.Compact(label));
        if (key.Contains("满意", StringComparison.Ordinal))
        {
            return "满意度";
        }

        foreach (var (word, group) in Words)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>How a note names a group: 数量 → 产出数量指标, 社会效益 → 社会效益指标.</summary>
    public static string Display(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group is "数量" or "质量" or "时效" or "成本" ? "产出" + group + "指标" : group + "指标";
    }

    /// <summary>Whether a level-1 group holds the nine level-2 groups (产出, 效益/效果, 满意度), or is unknown.</summary>
    public static bool CoversLevel1(string level1)
    {
        ArgumentNullException.ThrowIfNull(level1);
        return level1.Length == 0 || level1.Contains("产出", StringComparison.Ordinal) || level1.Contains("效益", StringComparison.Ordinal)
            || level1.Contains("效果", StringComparison.Ordinal) || level1.Contains("满意", StringComparison.Ordinal);
    }

    private static readonly (string Word, string Group)[] Words =
    [
        ("数量", "数量"), ("质量", "质量"), ("时效", "时效"), ("进度", "时效"), ("成本", "成本"), ("经济", "经济效益"),
        ("社会", "社会效益"), ("生态", "生态效益"), ("环境", "生态效益"), ("可持续", "可持续影响"), ("持续影响", "可持续影响"),
    ];
}
