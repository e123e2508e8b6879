namespace DocCheck.Extract.Numbers;

/// <summary>How a target bounds its value: ≥ 95%, ＞ 90%, ≤ 3000元, = 365天, or a bare value.</summary>
public enum Comparator
{
    /// <summary>No comparator printed.</summary>
    None,

    /// <summary>≥, 不低于, 不少于, 以上.</summary>
    AtLeast,

    /// <summary>＞, 大于, 超过.</summary>
    GreaterThan,

    /// <summary>≤, 不高于, 不超过, 以内, 以下.</summary>
    AtMost,

    /// <summary>＜, 小于, 低于.</summary>
    LessThan,

    /// <summary>=, 等于, 达到.</summary>
    Equal,
}
