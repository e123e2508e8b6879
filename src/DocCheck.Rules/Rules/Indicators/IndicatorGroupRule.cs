using System.Text.RegularExpressions;
using DocCheck.Core.Findings;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Indicators;

/// <summary>指标归错了二级指标（如非成本类指标列在成本指标下、培训人次列在生态效益下）。</summary>
/// <remarks>
/// Judged by the group classifier of issue #6 (models/indicator-group.md): reported only when the table's level-2
/// label names one of the nine groups, the model names another, and gives it at least
/// <see cref="MinimumConfidence"/>, and the row plainly shows it too (the word lists below agree). Labels the classifier filled in (the table left them empty) are not judged.
/// Without the model the word lists below decide: only clear cases — no sign of the group's subject and a clear
/// sign of another group's.
/// </remarks>
public sealed partial class IndicatorGroupRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "indicator.misplaced", "指标归类错误", RuleArea.Indicators, Severity.Warning,
        "请将该指标调整到与其内容相符的二级指标下。");

    // 额 and 投入 name money too (单家企业最高兑付额, 亩均管护投入): a cost row whose target is vague is still a cost.
    private static readonly string[] CostWords = ["成本", "节约", "节省", "压减", "降低", "费用", "单价", "资金", "经费", "造价", "投资", "补助标准", "补贴标准", "价格", "支出", "预算", "元", "额", "投入"];
    private static readonly string[] EcologyWords = ["生态", "环境", "水质", "空气", "绿化", "排放", "污染", "节能", "减排", "碳", "森林", "植被", "垃圾", "污水", "河道", "水土", "湿地", "能耗", "噪声", "节水", "节约", "能源", "低碳", "绿色", "土壤", "水源", "水资源", "耕地", "秸秆", "粪污", "农药", "化肥", "扬尘", "生物", "自然", "林", "草", "沙化", "荒漠", "流失", "绿地", "废", "臭", "黑", "污", "水体", "清洁", "卫生厕所", "环卫", "环评", "环保"];
    // What a benefit to people, services or institutions is about, never ecology (an ecology row names one of the
    // words above first: 群众环保意识, 河长制落实率).
    private static readonly string[] SocialWords =
    [
        "就业", "收入", "增收", "寿命", "就诊", "就医", "首诊", "转诊", "随访", "患者", "康复", "残疾", "儿童", "学生", "学校",
        "教育", "教学", "犯罪", "警情", "信访", "治安", "交通", "出行", "客运", "班线", "通达", "车道", "出租车", "办件",
        "网上", "线上", "缴费", "票据", "档案", "研发", "创新", "企业", "产值", "文化", "书屋", "图书", "读者", "养老",
        "资助", "救助", "人口", "监控", "在线率", "设备", "系统", "制度", "责任", "队伍", "协议", "党", "医生", "数据",
        "老年", "办结", "热线", "资产", "产学研", "合作",
        // Farm output, care and school facilities, institutions and payments to households: economic or social.
        "粮食", "产量", "亩产", "播种", "床位", "敬老院", "食堂", "食品", "校舍", "班额", "机制", "发放", "入户", "带动",
    ];

    private static readonly string[] CountWords = ["培训", "人次", "人数", "场次", "户数", "个数", "数量", "次数", "学员"];
    private static readonly string[] QualityWords = ["合格率", "达标率", "验收", "质量", "准确率", "优良率", "完好率"];
    private static readonly string[] TimeWords = ["及时", "按时", "时限", "时效", "进度", "完成时间", "周期"];

    /// <summary>
    /// The probability the model must give its group before the table's label is called wrong. High on purpose: a
    /// wrong finding costs a reviewer more than a missed one, and the data are synthetic (models/indicator-group.md).
    /// </summary>
    public const float MinimumConfidence = 0.9f;

    /// <summary>The probability the model must give another group for a row under 生态效益 that names nothing of ecology.</summary>
    public const float WeakSignConfidence = 0.6f;

    /// <summary>The probability of 生态效益 under which the model rules ecology out for a row that names nothing of it.</summary>
    public const float EcologyRuledOut = 0.05f;

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (_, indicator) in context.Facts.Indicators)
        {
            var group = indicator.Level2.Length > 0 ? indicator.Level2 : indicator.Level1;
            if (group.Length == 0 || indicator.IsExecutionRate || indicator.Level2Inferred)
            {
                continue;
            }

            string? belongsTo;
            var basis = string.Empty;
            if (context.Classifications.Of(indicator) is { } verdict)
            {
                var filed = IndicatorGroupLabels.Normalize(group);
                var allowed = filed is not null ? [filed] : Level1Members(group);
                if (allowed.Length == 0)
                {
                    continue; // 决策, 过程…: groups the classifier does not know; nothing was checked.
                }

                // The model's verdict alone is not enough: a reviewer agrees only where the row also shows it plainly
                // (a non-cost item under 成本指标, a count under 生态效益, 成本 under 数量指标) — real tables blur the
                // output groups among themselves and outputs with outcomes all the time.
                var plainly = Misplacement(group, indicator.Name + " " + indicator.Target, indicator);
                if (plainly is null || (allowed.Contains(verdict.Group) && !(plainly.Value.Plain && verdict.GroupConfidence < MinimumConfidence)))
                {
                    belongsTo = null;
                }
                else if (allowed.Contains(verdict.Group))
                {
                    // 县域内就诊率 under 生态效益: the row's words say plainly it is not ecology; a model that is not
                    // sure otherwise does not overrule them.
                    belongsTo = plainly.Value.Group;
                }
                else if (verdict.GroupConfidence >= MinimumConfidence && !Tolerated(allowed, verdict.Group))
                {
                    belongsTo = IndicatorGroupLabels.Display(verdict.Group);
                    basis = $"（指标分类模型判断，置信度{verdict.GroupConfidence:P0}）";
                }
                else if (plainly.Value.Weak)
                {
                    // No word of ecology is only a weak sign (PM2.5浓度, 断面达标率 name none): the model must agree,
                    // with less certainty than a verdict against the row's own words needs.
                    // Or the model all but rules ecology out (视频监控设备在线率: 生态效益 under 5 %).
                    var notEcology = verdict.Group != "生态效益"
                        && (verdict.GroupConfidence >= WeakSignConfidence || verdict.ScoreOf("生态效益") < EcologyRuledOut);
                    belongsTo = notEcology ? IndicatorGroupLabels.Display(verdict.Group) : null;
                    basis = belongsTo is null ? basis : $"（指标分类模型判断，置信度{verdict.GroupConfidence:P0}）";
                }
                else
                {
                    // The row plainly does not belong (nothing of a cost under 成本指标) and the model, unsure where it
                    // goes, does not say it belongs there either.
                    belongsTo = plainly.Value.Group;
                }
            }
            else
            {
                ClassifierFallback.Note(context);
                belongsTo = Misplacement(group, indicator.Name + " " + indicator.Target, indicator) is { Weak: false } sign ? sign.Group : null;
            }

            if (belongsTo is null)
            {
                context.Passed(indicator.ShortName);
                continue;
            }

            yield return context.Report(indicator.ShortName,
                $"指标“{indicator.ShortName}”列在“{group}”下，但其内容属于{belongsTo}{basis}。",
                group, belongsTo, IndicatorEvidence.Row(indicator, actual: false)
                    .Prepend(IndicatorEvidence.Of(indicator.Level2Cell ?? indicator.Level1Cell ?? indicator.NameCell, "所属分组")).ToList());
        }
    }

    private static readonly string[] CostNames = ["成本", "单价", "费用", "造价", "标准"];

    private static readonly string[] Outcomes = ["经济效益", "社会效益", "可持续影响"];
    private static readonly string[] Outputs = ["数量", "质量", "时效"];

    /// <summary>The level-2 groups a level-1 label holds (产出 → 数量/质量/时效/成本; 效益 → the four and 满意度).</summary>
    private static string[] Level1Members(string level1) =>
        level1.Contains("产出", StringComparison.Ordinal) ? ["数量", "质量", "时效", "成本"]
        : level1.Contains("效益", StringComparison.Ordinal) || level1.Contains("效果", StringComparison.Ordinal) ? ["经济效益", "社会效益", "生态效益", "可持续影响", "满意度"]
        : [];

    /// <summary>
    /// Blur that tables show all the time and reviewers do not ask about: outputs stated as social, economic or
    /// lasting outcomes (老年助餐服务人次 under 社会效益, 接入部门数 under 可持续影响), and those three outcome groups
    /// among themselves. Cost, ecology, satisfaction and the output groups among themselves stay strict — the cases of
    /// the domain notes (a non-cost item under 成本指标, a training count under 生态效益).
    /// </summary>
    private static bool Tolerated(string[] allowed, string predicted) =>
        allowed.Any(a => Outcomes.Contains(a)) && (Outputs.Contains(predicted) || Outcomes.Contains(predicted));

    private static Misplaced? Misplacement(string group, string text, Indicator indicator)
    {
        var target = IndicatorAssessor.MainNumber(indicator.Target);
        if (group.Contains("成本", StringComparison.Ordinal))
        {
            var isCost = CostWords.Any(w => text.Contains(w, StringComparison.Ordinal)) || target is { Kind: UnitKind.Money };
            return isCost ? (Misplaced?)null : new Misplaced(Other(text) ?? "非成本类指标");
        }

        if (group.Contains("生态", StringComparison.Ordinal))
        {
            var isEcology = EcologyWords.Any(w => text.Contains(w, StringComparison.Ordinal));
            // A row under 生态效益 that names nothing of ecology is misplaced when it names people, services or
            // institutions instead (居民人均预期寿命, 视频监控设备在线率); else only when the model says where it goes.
            return isEcology ? (Misplaced?)null
                : CountWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? new Misplaced("产出数量指标")
                : SocialWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? new Misplaced("非生态效益指标", Plain: true)
                : new Misplaced("非生态效益指标", Weak: true);
        }

        if (group.Contains("满意", StringComparison.Ordinal))
        {
            return text.Contains("满意", StringComparison.Ordinal) || Other(text) is not { } other ? (Misplaced?)null : new Misplaced(other);
        }

        // A cost ceiling (人均培训成本 ≤1,200元/人) filed as an outcome; a saving (减少印制成本 ≥10万元) is an outcome.
        if ((Outcomes.Any(o => group.Contains(o, StringComparison.Ordinal)) || group.Contains("生态", StringComparison.Ordinal))
            && target is { Comparator: Comparator.AtMost or Comparator.LessThan } ceiling
            && (ceiling.Kind == UnitKind.Money || ceiling.Unit.Contains('元', StringComparison.Ordinal) || ceiling.MeasureWord.Contains('元', StringComparison.Ordinal))
            && CostNames.Any(w => indicator.Name.Contains(w, StringComparison.Ordinal)))
        {
            return new Misplaced("产出成本指标");
        }

        // A cost named as such (成本控制, 单位成本) under 数量 / 质量 / 时效.
        // A saving (减少群众办事成本) is an outcome, not a cost; a cost is held under a ceiling.
        if (Outputs.Any(o => group.Contains(o, StringComparison.Ordinal)) && indicator.Name.Contains("成本", StringComparison.Ordinal)
            && !Saving().IsMatch(indicator.Name)
            && (target is { Kind: UnitKind.Money } || Ceiling().IsMatch(indicator.Target)))
        {
            return new Misplaced("产出成本指标");
        }

        return null;
    }

    private static string? Other(string text) =>
        QualityWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? "产出质量指标"
        : TimeWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? "产出时效指标"
        : CountWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? "产出数量指标"
        : null;

    /// <summary>
    /// Where a row's words say it belongs; a weak sign needs the model's agreement, a plain one stands unless the
    /// model is sure the row is where it is filed.
    /// </summary>
    private readonly record struct Misplaced(string Group, bool Weak = false, bool Plain = false);

    [GeneratedRegex("减少|降低|节约|节省|压减")]
    private static partial Regex Saving();

    [GeneratedRegex("不超过|不高于|控制在|以内|≤|<|＜")]
    private static partial Regex Ceiling();
}
