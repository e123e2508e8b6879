namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>Reads a figure's role from the words that name it (a clause before it, a column header).</summary>
internal static class FigureRoles
{
    private static readonly (FigureRole Role, string[] Words)[] Lexicon =
    [
        (FigureRole.InitialBudget, ["年初预算", "年初"]),
        (FigureRole.Received, ["到位"]),
        (FigureRole.Balance, ["结余", "结转", "未支出", "剩余", "余额"]),
        (FigureRole.Spent, ["执行数", "支出", "实际使用", "使用情况", "执行金额", "实际投资", "已拨付"]),
        (FigureRole.Budget, ["全年预算", "调整后预算", "预算", "计划投资", "概算", "总投资"]),
    ];

    /// <summary>The role the words name, the more specific role first; None when no role word is there.</summary>
    public static FigureRole Of(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Contains('率', StringComparison.Ordinal))
        {
            // 执行率, 到位率: a rate's name, not a figure's.
            return FigureRole.None;
        }

        if (words.Contains("上年结转", StringComparison.Ordinal) || words.Contains("上年度结转", StringComparison.Ordinal)
            || words.Contains("以前年度结转", StringComparison.Ordinal))
        {
            // Money carried over from last year is a source of this year's funds, not this year's balance.
            return FigureRole.None;
        }

        foreach (var (role, list) in Lexicon)
        {
            if (list.Any(w => words.Contains(w, StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return FigureRole.None;
    }

    /// <summary>The clause before position <paramref name="end"/>: back to the previous punctuation, at most 16 characters.</summary>
    public static string ClauseBefore(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = end;
        while (start > 0 && end - start < 16 && "，。；：、,;:（(\n".IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
        {
            start--;
        }

        return text[start..end];
    }
}
