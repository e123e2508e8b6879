namespace DocCheck.Extract.Indicators;

/// <summary>Recognises indicator-table header cells by meaning: the wording varies from form to form.</summary>
public static class HeaderVocabulary
{
    /// <summary>Classifies one header cell's text (normalised; spaces, line breaks and (A)/(B) marks ignored).</summary>
    public static IndicatorColumn? Classify(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length is 0 or > 24 || header.AsSpan().IndexOfAny(HeaderCharacters) < 0)
        {
            return null;
        }

        var h = Clean(header);
        if (h.Length is 0 or > 16)
        {
            return null;
        }

        if (h.Contains("标准", StringComparison.Ordinal) && !h.Contains("标准分", StringComparison.Ordinal)
            || h.Contains("解释", StringComparison.Ordinal) || h.Contains("计算方法", StringComparison.Ordinal)
            || h.Contains("细则", StringComparison.Ordinal) || h.Contains("依据", StringComparison.Ordinal))
        {
            return IndicatorColumn.Ignore;
        }

        // 得分系数（%）(Zhejiang's forms) is the share of the weight earned, not the score.
        if (h.Contains("系数", StringComparison.Ordinal) || h is "是否核心指标" or "核心指标")
        {
            return IndicatorColumn.Ignore;
        }

        if (h.Contains("一级", StringComparison.Ordinal) || h is "指标类型" or "指标类别" or "一级指标名称")
        {
            return IndicatorColumn.Level1;
        }

        if (h.Contains("二级", StringComparison.Ordinal))
        {
            return IndicatorColumn.Level2;
        }

        if (h.Contains("三级", StringComparison.Ordinal) || h.Contains("四级", StringComparison.Ordinal)
            || h is "指标名称" or "绩效指标名称" or "具体指标" or "指标" or "考核指标" or "评价指标" or "指标内容" or "指标项"
            or "评价内容" or "考核内容" or "三级指标名称")
        {
            return IndicatorColumn.Name;
        }

        if (h.Contains("偏差", StringComparison.Ordinal) || h.Contains("原因", StringComparison.Ordinal)
            || h.Contains("改进措施", StringComparison.Ordinal) || h.Contains("扣分", StringComparison.Ordinal) || h.Contains("备注", StringComparison.Ordinal)
            || (h.Contains("说明", StringComparison.Ordinal) && !h.Contains("指标", StringComparison.Ordinal))
            || h is "评分理由" or "得分理由")
        {
            return IndicatorColumn.Reason;
        }

        if (h.Contains("实际", StringComparison.Ordinal) || h.Contains("完成值", StringComparison.Ordinal)
            || h.Contains("完成情况", StringComparison.Ordinal) || h.Contains("达成值", StringComparison.Ordinal))
        {
            return IndicatorColumn.Actual;
        }

        if (h.Contains("指标值", StringComparison.Ordinal) || h.Contains("目标值", StringComparison.Ordinal)
            || h.Contains("计划值", StringComparison.Ordinal) || h.Contains("预期值", StringComparison.Ordinal)
            || h is "目标" or "绩效目标" or "年度目标" or "预期目标" or "年度绩效目标" or "指标目标值" or "调整指标值")
        {
            return IndicatorColumn.Target;
        }

        if (h.Contains("分值", StringComparison.Ordinal) || h.Contains("权重", StringComparison.Ordinal)
            || h is "满分" or "标准分" or "分数" or "权数")
        {
            return IndicatorColumn.Weight;
        }

        if (h.Contains("得分", StringComparison.Ordinal) || h is "评分" or "评价分" or "自评分")
        {
            return IndicatorColumn.Score;
        }

        if (h is "指标性质" or "指标方向" or "符号")
        {
            return IndicatorColumn.Comparator;
        }

        if (h is "度量单位" or "计量单位" or "单位")
        {
            return IndicatorColumn.Unit;
        }

        return null;
    }

    // Every header word holds one of these characters; data cells rarely hold none of them.
    private static readonly System.Buffers.SearchValues<char> HeaderCharacters =
        System.Buffers.SearchValues.Create("级指标值分权得偏原因改措备说实完成目计预期满评内容类型项准释方法细则依据性质单位数");

    private static string Clean(string header)
    {
        var text = new System.Text.StringBuilder(header.Length);
        var depth = 0;
        foreach (var c in header)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is not (' ' or '\n'))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
