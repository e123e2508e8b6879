using System.Globalization;

namespace DocCheck.IndicatorGenerator;

/// <summary>Name and target templates per level-2 group; each call draws one labelled indicator.</summary>
internal static class Templates
{
    public static readonly string[] Groups = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度"];

    private static readonly string[] Adverbs = ["明显", "有效", "进一步", "显著", "逐步", "稳步", "不断", "持续", "大幅", "有所", "切实", "全面"];
    private static readonly string[] Verbs = ["提升", "提高", "改善", "增强", "加强", "完善", "优化"];
    private static readonly string[] Fixed =
    [
        "较好", "良好", "较高", "效果明显", "成效显著", "符合相关规定", "符合要求", "得到提升", "得到改善", "有所好转", "总体向好",
        "发挥积极作用", "取得实效", "稳中有升", "基本满足需求", "明显", "显著", "好", "较上年有所提高", "持续向好", "效果良好",
    ];

    /// <summary>Draws one indicator of <paramref name="group"/> for <paramref name="kind"/>: name, target, vague or not.</summary>
    public static (string Name, string Target, bool Vague) Make(string group, Kind kind, Random r)
    {
        var vague = r.NextDouble() < 0.32;
        var (name, measurable) = group switch
        {
            "数量" => Quantity(kind, r),
            "质量" => Quality(kind, r),
            "时效" => Timeliness(kind, r),
            "成本" => Cost(kind, r),
            "经济效益" => Economy(kind, r),
            "社会效益" => Society(kind, r),
            "生态效益" => Ecology(kind, r),
            "可持续影响" => Sustainability(kind, r),
            _ => Satisfaction(kind, r),
        };
        return (name, vague ? Vague(group, r) : measurable, vague);
    }

    private static (string, string) Quantity(Kind k, Random r)
    {
        var item = Pick(r, k.Items);
        var n = Count(r);
        var name = Pick(r,
        [
            item.Noun + "数量", item.Noun + "完成数", "完成" + item.Noun, item.Noun + "（" + item.Unit + "）", "新增" + item.Noun,
            item.Noun + "任务量", Pick(r, k.People) + "覆盖人数", item.Noun + "个数", "年度" + item.Noun + "数", "实施" + item.Noun,
            Pick(r, k.People) + Pick(r, k.Services) + "人次", Pick(r, k.Services) + "场次", Pick(r, k.People) + "培训人次",
        ]);
        if (name.EndsWith("人次", StringComparison.Ordinal) || name.EndsWith("场次", StringComparison.Ordinal))
        {
            item = new Item(item.Noun, name.EndsWith("场次", StringComparison.Ordinal) ? "场" : "人次");
        }
        if (name.EndsWith("覆盖人数", StringComparison.Ordinal))
        {
            item = new Item(item.Noun, "人");
        }

        return (name, Pick(r,
        [
            "≥" + N(r, n) + item.Unit, N(r, n) + item.Unit, "完成" + N(r, n) + item.Unit, "不少于" + N(r, n) + item.Unit, "=" + N(r, n) + item.Unit,
            N(r, n), "≥" + N(r, n), "达到" + N(r, n) + item.Unit, Chinese(r) + item.Unit, "全年" + N(r, n) + item.Unit, "≧" + N(r, n) + item.Unit,
            N(r, n) + item.Unit + "以上", Deliverable(k, r),
        ]));
    }

    /// <summary>A concrete deliverable without a number: still measurable (done or not).</summary>
    private static string Deliverable(Kind k, Random r) => Pick(r,
    [
        "在" + Pick(r, ["服务大厅", "社区", "乡镇", "县城"]) + "设置“" + Pick(r, k.Services) + "”专区", "建成" + Pick(r, k.Assets) + "并投入使用",
        "开通" + Pick(r, k.Services) + "线上办理", "完成" + Pick(r, k.Items).Noun + "建设并通过验收", Pick(r, k.Assets) + "上线运行",
        "实现" + Pick(r, k.Services) + "全覆盖", "按标准发放到户", "建立" + Pick(r, k.Services) + "台账", "编制" + Pick(r, k.Services) + "实施方案",
    ]);

    private static (string, string) Quality(Kind k, Random r)
    {
        var thing = r.Next(2) == 0 ? Pick(r, k.Items).Noun : Pick(r, k.Assets);
        var name = Pick(r,
        [
            thing + "验收合格率", thing + "质量达标率", thing + "合格率", thing + "达标率", Pick(r, k.Services) + "准确率", thing + "完好率",
            thing + "优良率", thing + "验收情况", thing + "质量", Pick(r, k.Services) + "规范率", thing + "一次性验收通过率", Pick(r, k.Services) + "差错率",
            thing + "正常运行率", Pick(r, k.Services) + "质量标准",
        ]);
        if (name.EndsWith("差错率", StringComparison.Ordinal))
        {
            return (name, Pick(r, ["≤" + P(r, 1, 5), "<" + P(r, 1, 3), "不高于" + P(r, 1, 5), "0"]));
        }

        return (name, Pick(r,
        [
            "≥" + P(r, 85, 100), P(r, 90, 100), "100%", "不低于" + P(r, 85, 99), "达到" + P(r, 90, 100), "通过验收", "验收合格", "合格",
            "符合国家" + Pick(r, ["一级", "二级", "行业"]) + "标准", "≥" + P(r, 90, 99) + "以上", "=100%", "一次性通过验收", P(r, 90, 99) + "以上",
            Deliverable(k, r),
        ]));
    }

    private static (string, string) Timeliness(Kind k, Random r)
    {
        var item = Pick(r, k.Items).Noun;
        var service = Pick(r, k.Services);
        var name = Pick(r,
        [
            item + "完成及时率", item + "按时完成率", item + "完成时间", "资金拨付及时性", service + "办结时限", "项目开工时间", "项目完成时限",
            service + "响应时间", item + "及时率", "资金到位及时率", service + "按期完成率", item + "进度", "项目验收时间", "补助资金发放时间",
        ]);
        var y = r.Next(2019, 2025);
        var m = r.Next(1, 13);
        return (name, Pick(r,
        [
            Y(y) + "年" + M(m) + "月底前", Y(y) + "年" + M(m) + "月" + r.Next(1, 29).ToString(CultureInfo.InvariantCulture) + "日前完成",
            "≤" + r.Next(1, 16).ToString(CultureInfo.InvariantCulture) + "个工作日", "100%", "≥" + P(r, 90, 100), Y(y) + "年12月31日前",
            M(m) + "月底前完成", "第" + Pick(r, ["一", "二", "三", "四"]) + "季度完成", r.Next(1, 49).ToString(CultureInfo.InvariantCulture) + "小时内",
            "年底前完成", "按季度发放（" + Pick(r, ["4", "四"]) + "次）", Y(y) + "." + M(m) + "前", "当年" + M(m) + "月前",
        ]));
    }

    private static (string, string) Cost(Kind k, Random r)
    {
        var item = Pick(r, k.Items);
        var people = Pick(r, k.People);
        var name = Pick(r,
        [
            item.Noun + "单价", "人均" + Pick(r, k.Services) + "成本", item.Noun + "建设成本", item.Noun + "补助标准", Pick(r, k.Services) + "经费",
            item.Noun + "成本控制", "每" + item.Unit + item.Noun + "费用", people + "人均补助", "项目总成本", Pick(r, k.Assets) + "运维费用",
            item.Noun + "平均成本", "成本节约率", Pick(r, k.Services) + "支出控制数", item.Noun + "综合造价",
        ]);
        return (name, Pick(r,
        [
            "≤" + Money(r) + "万元", "≤" + Count(r).ToString(CultureInfo.InvariantCulture) + "元/" + Pick(r, ["人", item.Unit, "次"]),
            Count(r).ToString("N0", CultureInfo.InvariantCulture) + "元/" + item.Unit, "控制在" + Money(r) + "万元以内", "不超过" + Count(r).ToString(CultureInfo.InvariantCulture) + "元",
            "≤" + Count(r).ToString("N2", CultureInfo.InvariantCulture) + "元", "≥" + P(r, 2, 15), Money(r) + "万元", "不高于预算数", "≤预算批复金额",
            "<" + Money(r) + "万元",
        ]));
    }

    private static (string, string) Economy(Kind k, Random r)
    {
        var subject = Pick(r, k.Economy);
        var people = Pick(r, k.People);
        var name = Pick(r,
        [
            subject, people + "人均增收", "带动" + people + "增收", subject + "增长率", "拉动社会投资", "带动就业增收", subject + "（万元）",
            "节约财政资金", "降低" + people + "经济负担", "经济效益",
        ]);
        return (name, Pick(r,
        [
            "≥" + Count(r).ToString(CultureInfo.InvariantCulture) + "元/人", "增长" + P(r, 3, 20), "≥" + Money(r) + "万元", "带动投资" + Money(r) + "万元",
            "人均增收" + Count(r).ToString(CultureInfo.InvariantCulture) + "元", "≥" + P(r, 3, 15), "节约" + Money(r) + "万元", "较上年增长" + P(r, 2, 12),
            Money(r) + "万元以上", "年增收" + Count(r).ToString(CultureInfo.InvariantCulture) + "元",
        ]));
    }

    private static (string, string) Society(Kind k, Random r)
    {
        var people = Pick(r, k.People);
        var service = Pick(r, k.Services);
        var name = Pick(r,
        [
            people + "知晓率", service + "覆盖率", people + "受益人数", service + "水平", "群众办事便利度", "带动就业人数", service + "保障率",
            service + "能力", "政策知晓率", service + "普及率", people + "获得感", "社会影响力", service + "可及性", "受益" + people + "覆盖面",
        ]);
        return (name, name.EndsWith("人数", StringComparison.Ordinal)
            ? Pick(r, ["≥" + Count(r).ToString(CultureInfo.InvariantCulture) + "人", Count(r).ToString(CultureInfo.InvariantCulture) + "人", "不少于" + Count(r).ToString(CultureInfo.InvariantCulture) + "人次"])
            : Pick(r,
            [
                "≥" + P(r, 80, 99), "100%", "提高" + r.Next(1, 11).ToString(CultureInfo.InvariantCulture) + "个百分点", "不低于" + P(r, 80, 98), "全覆盖",
                "达到" + P(r, 85, 100), "较上年提高" + P(r, 2, 10), "覆盖" + Count(r).ToString(CultureInfo.InvariantCulture) + "人", P(r, 85, 99) + "以上",
            ]));
    }

    private static (string, string) Ecology(Kind k, Random r)
    {
        var eco = Pick(r, k.Ecology);
        var name = Pick(r,
        [
            eco + "率", eco + "率", eco + "情况", eco + "量", eco + "成效", "生态环境改善", eco, "节约用水量", "能耗降低率", "碳排放减少量", "绿化覆盖率",
            "秸秆综合利用率", "废弃物资源化利用率", "生活污水处理率", "节能减排",
            "垃圾分类覆盖率", "污染物排放达标率", "空气质量优良率", "水土保持",
        ]);
        return (name, Pick(r,
        [
            "≥" + P(r, 60, 99), "减少" + Count(r).ToString(CultureInfo.InvariantCulture) + "吨", "≥" + r.Next(280, 340).ToString(CultureInfo.InvariantCulture) + "天",
            "达到" + Pick(r, ["Ⅱ", "Ⅲ", "Ⅳ"]) + "类标准", "下降" + P(r, 2, 15), "≤" + P(r, 1, 10), "削减" + Count(r).ToString(CultureInfo.InvariantCulture) + "吨",
            "100%", "无新增污染", "节约" + Count(r).ToString(CultureInfo.InvariantCulture) + "立方米", "达标排放", "零排放",
        ]));
    }

    private static (string, string) Sustainability(Kind k, Random r)
    {
        var asset = Pick(r, k.Assets);
        var service = Pick(r, k.Services);
        var name = Pick(r,
        [
            asset + "长效管护机制", asset + "使用年限", service + "持续运行", service + "长效机制", asset + "可持续运行年限", "后续运维保障",
            "项目持续发挥作用年限", "管理制度建设", service + "可持续性", asset + "持续使用", "人才队伍建设", "运行维护机制建立情况",
        ]);
        return (name, Pick(r,
        [
            "≥" + r.Next(3, 21).ToString(CultureInfo.InvariantCulture) + "年", r.Next(3, 31).ToString(CultureInfo.InvariantCulture) + "年",
            "建立" + Pick(r, ["1", "2", "3", "一", "两"]) + "项制度", "建立长效管护机制", "制定运维管理办法", "≥" + r.Next(5, 16).ToString(CultureInfo.InvariantCulture) + "年以上",
            "正常使用" + r.Next(3, 11).ToString(CultureInfo.InvariantCulture) + "年以上", "出台管理办法", "已建立", "配备专职管护人员" + r.Next(1, 9).ToString(CultureInfo.InvariantCulture) + "名",
            Deliverable(k, r),
        ]));
    }

    private static (string, string) Satisfaction(Kind k, Random r)
    {
        var people = Pick(r, k.People);
        var service = Pick(r, k.Services);
        var name = Pick(r,
        [
            people + "满意度", "服务对象满意度", people + "对" + service + "的满意度", "群众满意率", "受益" + people + "满意度", people + "满意度调查",
            service + "满意度", "社会公众满意度", people + "满意率", "满意度",
        ]);
        return (name, Pick(r,
        [
            "≥" + P(r, 80, 98), "≥" + P(r, 85, 95), "≥" + Pick(r, ["4", "4.5", "90"]) + "分", "不低于" + P(r, 80, 95), "满意度≥" + P(r, 85, 95),
            P(r, 85, 95) + "以上", "≧" + P(r, 85, 95), "达到" + P(r, 85, 98), ">" + P(r, 80, 90), "≥" + P(r, 90, 99).Replace("%", "％", StringComparison.Ordinal),
        ]));
    }

    /// <summary>A target that rests on words of degree; sometimes carries a year or a subject, which still measures nothing.</summary>
    private static string Vague(string group, Random r)
    {
        var degree = Pick(r, Adverbs) + Pick(r, group is "成本" or "生态效益" && r.Next(2) == 0 ? ["降低", "减少", "下降"] : Verbs);
        var core = r.Next(3) == 0 ? Pick(r, Fixed) : degree;
        var subject = group switch
        {
            "满意度" => Pick(r, ["满意度", "群众满意度", "服务对象满意度", ""]),
            "质量" => Pick(r, ["质量", "服务质量", "工程质量", ""]),
            "时效" => Pick(r, ["效率", "进度", "时效", ""]),
            "成本" => Pick(r, ["成本", "费用", "支出", ""]),
            "经济效益" => Pick(r, ["收入", "经济效益", "产值", ""]),
            "社会效益" => Pick(r, ["服务水平", "保障能力", "群众获得感", ""]),
            "生态效益" => Pick(r, ["生态环境", "环境质量", "水质", ""]),
            "可持续影响" => Pick(r, ["长效机制", "可持续发展能力", "运行机制", ""]),
            _ => Pick(r, ["覆盖面", "规模", "数量", ""]),
        };
        return r.Next(10) switch
        {
            0 => "较" + Y(r.Next(2019, 2024)) + "年" + degree,
            1 => "较上年" + degree,
            2 => subject + core,
            3 => Pick(r, ["及时完成", "按要求完成", "尽快完成", "按计划推进", "长期", "长期有效", "持续发挥效益", "促进当地发展", "保障正常运转", "有效控制"]),
            4 => subject + "得到" + Pick(r, Verbs),
            _ => core,
        };
    }

    private static int Count(Random r) => r.Next(6) switch
    {
        0 => r.Next(1, 10),
        1 => r.Next(10, 100),
        2 => r.Next(100, 1000),
        3 => r.Next(1000, 20000),
        _ => r.Next(2, 60),
    };

    /// <summary>A count in one of the formats tables use: 1200, 1,200, full-width digits.</summary>
    private static string N(Random r, int n) => r.Next(8) switch
    {
        0 when n >= 1000 => n.ToString("N0", CultureInfo.InvariantCulture),
        1 => FullWidth(n.ToString(CultureInfo.InvariantCulture)),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Chinese(Random r) => Pick(r, ["一", "两", "三", "四", "五", "六", "八", "十", "十二", "二十"]);

    private static string P(Random r, int low, int high)
    {
        var value = r.Next(low, high + 1);
        var text = r.Next(4) == 0 ? value.ToString("F1", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
        return text + (r.Next(12) == 0 ? "％" : "%");
    }

    private static string Money(Random r) => (r.Next(5, 5000) / 10m + (r.Next(2) == 0 ? 0 : r.Next(1, 100) / 100m)).ToString(r.Next(2) == 0 ? "F2" : "0.##", CultureInfo.InvariantCulture);

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string M(int month) => month.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(string digits) => new([.. digits.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)]);

    private static T Pick<T>(Random r, T[] options) => options[r.Next(options.Length)];
}
