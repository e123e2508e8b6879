namespace DocCheck.Extract.Figures;

/// <summary>
/// The words that give a money figure its role. In running text the keyword nearest before the number wins
/// (the longest when several end at the same place: 上年结转资金 over 结转资金).
/// </summary>
public static class RoleLexicon
{
    /// <summary>Keywords and their roles.</summary>
    public static IReadOnlyList<(string Keyword, FigureRole Role)> Keywords { get; } =
    [
        ("年初预算数", FigureRole.BudgetInitial),
        ("年初预算", FigureRole.BudgetInitial),
        ("计划投资额", FigureRole.BudgetInitial),
        ("计划投资", FigureRole.BudgetInitial),
        ("概算总投资", FigureRole.BudgetInitial),
        ("概算投资", FigureRole.BudgetInitial),
        ("批复预算", FigureRole.BudgetInitial),
        ("预算批复数", FigureRole.BudgetInitial),
        ("年初批复", FigureRole.BudgetInitial),
        ("全年预算数", FigureRole.BudgetAdjusted),
        ("全年预算", FigureRole.BudgetAdjusted),
        ("调整后预算数", FigureRole.BudgetAdjusted),
        ("调整后预算", FigureRole.BudgetAdjusted),
        ("调整后的预算", FigureRole.BudgetAdjusted),
        ("调整预算", FigureRole.BudgetAdjusted),
        ("预算调整为", FigureRole.BudgetAdjusted),
        ("实际投资", FigureRole.BudgetAdjusted),
        ("预算金额", FigureRole.Budget),
        ("预算资金", FigureRole.Budget),
        ("项目预算", FigureRole.Budget),
        ("预算数", FigureRole.Budget),
        ("预算投资", FigureRole.Budget),
        ("预算总额", FigureRole.Budget),
        ("总预算", FigureRole.Budget),
        ("预算安排", FigureRole.Budget),
        ("安排资金", FigureRole.Budget),
        ("安排预算", FigureRole.Budget),
        ("总投资", FigureRole.Budget),
        // 可用资金总额 is the money to spend, not a budget total.
        ("可用资金总额", FigureRole.Disposable),
        ("可支配资金总额", FigureRole.Disposable),
        ("资金总额", FigureRole.Budget),
        ("预算为", FigureRole.Budget),
        ("预算", FigureRole.Budget),
        // Income and last year's carry-over together (全年可支配资金): all the money there was to spend.
        ("可支配资金", FigureRole.Disposable),
        ("可用资金", FigureRole.Disposable),
        ("可使用资金", FigureRole.Disposable),
        // A department's income is the money it had to spend (部门整体支出: 收入合计 against 支出合计).
        ("收入合计", FigureRole.FundsReceived),
        ("收入总计", FigureRole.FundsReceived),
        ("本年收入", FigureRole.FundsReceived),
        ("全年收入", FigureRole.FundsReceived),
        ("部门收入", FigureRole.FundsReceived),
        ("实际到位资金", FigureRole.FundsReceived),
        // What should have arrived is the money due, not the money received (全年应到位资金23,600.00万元，实际到位22,926.00万元).
        ("应到位资金", FigureRole.Budget),
        ("应到位", FigureRole.Budget),
        ("到位资金", FigureRole.FundsReceived),
        ("实际到位", FigureRole.FundsReceived),
        ("资金到位", FigureRole.FundsReceived),
        ("到位数", FigureRole.FundsReceived),
        ("拨付到位", FigureRole.FundsReceived),
        ("已到位", FigureRole.FundsReceived),
        ("到位", FigureRole.FundsReceived),
        ("全年执行数", FigureRole.Spent),
        ("执行数", FigureRole.Spent),
        ("实际支出", FigureRole.Spent),
        ("资金支出", FigureRole.Spent),
        ("累计支出", FigureRole.Spent),
        // A building project's spending is the investment it completed (累计完成投资17,076.30万元).
        ("完成投资", FigureRole.Spent),
        ("共支出", FigureRole.Spent),
        ("支出", FigureRole.Spent),
        ("实际使用情况", FigureRole.Spent),
        ("实际使用", FigureRole.Spent),
        ("使用资金", FigureRole.Spent),
        ("已使用", FigureRole.Spent),
        ("共支付", FigureRole.Spent),
        ("已支付", FigureRole.Spent),
        ("实际执行", FigureRole.Spent),
        // The final accounts are what was spent (预算数 | 决算数 | 执行率).
        ("决算数", FigureRole.Spent),
        ("决算支出", FigureRole.Spent),
        ("执行金额", FigureRole.Spent),
        ("上年结转资金", FigureRole.CarryOverSource),
        ("上年结转结余", FigureRole.CarryOverSource),
        ("上年结转", FigureRole.CarryOverSource),
        ("上年结余", FigureRole.CarryOverSource),
        ("以前年度结转", FigureRole.CarryOverSource),
        // What was left at the start of the year came from the year before (加上年初结转结余656,084.60元).
        ("年初结转结余", FigureRole.CarryOverSource),
        ("年初结转资金", FigureRole.CarryOverSource),
        ("年初结转", FigureRole.CarryOverSource),
        ("年初结余", FigureRole.CarryOverSource),
        ("结转结余", FigureRole.Balance),
        ("结余结转", FigureRole.Balance),
        ("年末结余", FigureRole.Balance),
        ("年末结转", FigureRole.Balance),
        ("结余资金", FigureRole.Balance),
        // 预算数减支出后的预算结余: what is left of the budget, named by what it is left of.
        ("预算结余", FigureRole.Balance),
        ("结余", FigureRole.Balance),
        ("结转资金", FigureRole.Balance),
        ("结转下年", FigureRole.Balance),
        ("结转", FigureRole.Balance),
        ("未支出", FigureRole.Balance),
        ("未使用", FigureRole.Balance),
        ("剩余资金", FigureRole.Balance),
        ("剩余", FigureRole.Balance),
        ("财政收回", FigureRole.Recovered),
        ("收回", FigureRole.Recovered),
        ("调剂", FigureRole.Transferred),
        ("调出", FigureRole.Transferred),
        ("追加预算", FigureRole.Added),
        ("追加资金", FigureRole.Added),
        ("追加经费", FigureRole.Added),
        ("追加", FigureRole.Added),
        ("调增", FigureRole.Added),
    ];

    /// <summary>
    /// Words that make a figure partial when they come before its keyword in the same clause: a source's
    /// share (中央资金支出…), an item (用于…支出) or a breakdown (其中…).
    /// </summary>
    public static IReadOnlyList<string> PartialQualifiers { get; } =
    [
        "其中", "用于", "中央", "省级", "省财政", "市级", "市财政", "县级", "县财政", "区级", "区财政", "本级", "市县",
        "乡镇", "自筹", "社会资金", "各", "每", "单个", "人均", "亩均", "户均", "平均", "当年财政拨款", "财政拨款",
        "第一批", "第二批", "第三批", "上半年", "下半年", "季度", "其他", "三公", "基本支出", "人员经费", "公用经费",
    ];

    /// <summary>
    /// Words that make a stated amount a goal rather than a fact (成本控制在…以内) or a standard (补助标准).
    /// </summary>
    public static IReadOnlyList<string> NotFactQualifiers { get; } =
    [
        "控制在", "不超过", "标准", "目标", "计划", "预计", "拟", "申请", "争取", "可研", "估算",
    ];

    /// <summary>
    /// Keywords too general to name a total on their own: 校舍维修改造工程支出2,105.30万元 is an item, 项目支出… a
    /// total. They count only when the words just before them name the project, its funds or a period.
    /// </summary>
    public static IReadOnlySet<string> GenericKeywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "支出", "预算", "到位", "预算为", "预算数", "资金总额", "总投资", "结余", "结转", "使用资金",
    };

    /// <summary>Words that, just before a generic keyword, make it about the whole project.</summary>
    public static IReadOnlyList<string> SubjectMarkers { get; } =
    [
        "项目", "资金", "经费", "全年", "年度", "累计", "共", "合计", "总", "实际", "已", "本年", "当年", "年", "日", "底", "末",
        "计", "整体", "全部", "财政", "年初", "当期", "本期",
        // What is left is said to be formed (形成结余30.14万元).
        "形成", "产生",
        // A department's whole spending (2023年部门支出合计33,446.08万元).
        "部门", "单位",
    ];

    // Keywords by their last character, longest first: scanning back from the number, the first position where
    // one ends gives the nearest keyword, and the longest ending there wins (上年结转资金 over 结转资金).
    private static readonly Dictionary<char, (string Keyword, FigureRole Role)[]> ByLastCharacter = Keywords
        .GroupBy(k => k.Keyword[^1])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Keyword.Length).Select(k => (k.Keyword, k.Role)).ToArray());

    /// <summary>The role of the keyword ending nearest the end of <paramref name="text"/>, if any.</summary>
    public static (FigureRole Role, string Keyword, int Position)? Nearest(ReadOnlySpan<char> text)
    {
        for (var end = text.Length; end > 0; end--)
        {
            if (!ByLastCharacter.TryGetValue(text[end - 1], out var candidates))
            {
                continue;
            }

            foreach (var (keyword, role) in candidates)
            {
                if (end >= keyword.Length && text[..end].EndsWith(keyword, StringComparison.Ordinal) && !EndsWithFundKind(text[..end]))
                {
                    return (role, keyword, end - keyword.Length);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The kinds of public money (一般公共预算财政拨款收入, 政府性基金预算) name where money comes from; their 预算 is
    /// not a budget.
    /// </summary>
    private static bool EndsWithFundKind(ReadOnlySpan<char> text)
    {
        foreach (var kind in FundKinds)
        {
            if (text.EndsWith(kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each kind of public money named as plain 资金 (一般公共预算财政拨款 → 资金财政拨款).</summary>
    internal static string FundKindsAsFunds(string text)
    {
        foreach (var kind in FundKinds)
        {
            text = text.Replace(kind, "资金", StringComparison.Ordinal);
        }

        return text;
    }

    private static readonly string[] FundKinds = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"];
}
