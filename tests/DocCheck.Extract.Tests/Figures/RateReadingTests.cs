using DocCheck.Extract.Figures;

namespace DocCheck.Extract.Tests.Figures;

/// <summary>Rates stated with what they count: the numerator and base each reading finds, written out by hand.</summary>
public sealed class RateReadingTests
{
    [Theory]
    [InlineData("评价组共收回学生有效问卷1,680份，表示满意的1,618份，学生满意度96.31%，得4分。", "学生满意度", "1,618份", "1,680份")]
    [InlineData("评价组向85家使用单位发放问卷，收回有效问卷85份，表示满意的80家，满意度94.12%。", "满意度", "80家", "85家")]
    [InlineData("全年抽查2,250单，合格2,200单，抽查合格率97.8%。", "抽查合格率", "2,200单", "2,250单")]
    [InlineData("评价抽查92卷工程档案，资料齐全的85卷，档案完整率92.4%。", "档案完整率", "85卷", "92卷")]
    [InlineData("绩效目标设置了8项指标，其中7项为定量指标，绩效指标量化率87.5%。", "绩效指标量化率", "7项", "8项")]
    [InlineData("18所学校改造后新增学位1,140个，较计划1,200个少60个，完成率95.00%。", "完成率", "1,140个", "1,200个")]
    [InlineData("小额信贷余额186,420.00万元，逾期贷款2,255.68万元，逾期率1.21%。", "逾期率", "2,255.68万元", "186,420.00万元")]
    [InlineData("决策指标满分15分，评价得分14.94分，得分率99.60%。", "得分率", "14.94分", "15分")]
    [InlineData("全年受理656笔，经审核合规652笔；其中634笔在受理后20个工作日内办结，办结率97.2%。", "办结率", "634笔", "652笔")]
    [InlineData("共36个县次，其中35个县次在规定时限内完成，资金拨付及时率97.22%。", "资金拨付及时率", "35个", "36个")]
    [InlineData("第一包采购控制价420.00万元，中标价398.62万元，节约21.38万元，节约率5.09%。", "节约率", "21.38万元", "420.00万元")]
    [InlineData("仪器设备均通过省政府采购网公开招标或竞争性磋商采购，采购预算877.80万元，实际中标金额846.20万元，节约31.60万元，节约率3.60%。", "节约率", "31.60万元", "877.80万元")]
    public void ACountedRate_FindsWhatItCountsAndItsBase(string sentence, string name, string numerator, string denominator)
    {
        var rate = Assert.Single(Facts.Of(sentence).Rates, r => r.Name == name);

        var bases = new[] { (rate.Numerator!, rate.Denominator!) }.Concat(rate.OtherBases).Select(b => (b.Item1.Number.Printed, b.Item2.Number.Printed));
        Assert.Contains((numerator, denominator), bases);
    }

    [Theory]
    [InlineData("培训1,652人次，培训考核合格率95.2%。")]
    [InlineData("满意度调查发放问卷500份，收回有效问卷480份，满意度95.2%。")]
    [InlineData("共培训46期，其中线上12期，培训合格率98%。")]
    [InlineData("共收件40531件，办结39396件，办结提速58%，提前办结率99%。")]
    [InlineData("形成资产的1,106个项目中，236个项目尚未办理资产确权登记，项目资产确权率78.66%。")]
    public void ARateWithoutItsCount_IsNotRecomputed(string sentence)
    {
        Assert.DoesNotContain(Facts.Of(sentence).Rates, r => r.Kind == RateKind.Explicit);
    }

    [Fact]
    public void ARateColumn_IsReadWithThePairOfColumnsThatGivesItOnEveryOtherRow()
    {
        var facts = Facts.Of("""
            | 县 | 形成资产项目（个） | 资产金额（万元） | 已确权项目（个） | 确权率 |
            | 石湾县 | 104 | 9,382.64 | 86 | 82.69% |
            | 高岭县 | 88 | 7,516.30 | 66 | 75.00% |
            | 红岩县 | 102 | 9,108.72 | 84 | 83.35% |
            | 白沙县 | 82 | 6,984.15 | 62 | 75.61% |
            | 合计 | 376 | 33,001.81 | 298 | 79.26% |
            """);

        var rates = facts.Rates.Where(r => r.Name.EndsWith("确权率", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, rates.Count);
        Assert.All(rates, r => Assert.Contains("已确权项目", r.Numerator!.Label, StringComparison.Ordinal));
        Assert.All(rates, r => Assert.Contains("形成资产项目", r.Denominator!.Label, StringComparison.Ordinal));
        var red = Assert.Single(rates, r => r.Name.StartsWith("红岩县", StringComparison.Ordinal));
        Assert.Equal(("84", "102"), (red.Numerator!.Number.Printed, red.Denominator!.Number.Printed));
    }

    [Fact]
    public void AScoreRateColumn_ReadsWholeWeightsAsExact()
    {
        var facts = Facts.Of("""
            | 一级指标 | 分值 | 得分 | 得分率 |
            | 决策 | 15 | 14.94 | 99.60% |
            | 过程 | 20 | 18.72 | 93.60% |
            | 产出 | 35 | 34.92 | 99.77% |
            | 效益 | 30 | 29.04 | 96.80% |
            """);

        var rate = Assert.Single(facts.Rates, r => r.Name == "决策得分率");
        Assert.True(rate.Denominator!.Number.IsExact);
        Assert.Equal("15", rate.Denominator.Number.Printed);
    }

    [Fact]
    public void ARateColumnNoPairExplains_IsNotRead()
    {
        var facts = Facts.Of("""
            | 县 | 调查户数（户） | 受益户数（户） | 满意度 |
            | 石湾县 | 104 | 86 | 95.10% |
            | 高岭县 | 88 | 66 | 96.00% |
            | 红岩县 | 102 | 84 | 93.40% |
            | 白沙县 | 82 | 62 | 97.80% |
            """);

        Assert.DoesNotContain(facts.Rates, r => r.Name.EndsWith("满意度", StringComparison.Ordinal));
    }

    [Fact]
    public void AShareColumn_IsReadOverTheTotalRow_WhereverItStands()
    {
        // 5,318.72 ÷ 12,846.30 = 41.40%; 2,964.15 ÷ 12,846.30 = 23.07%; 612.40 ÷ 12,846.30 = 4.77%;
        // 3,951.03 ÷ 12,846.30 = 30.756% printed 31.76% (the planted slip).
        var facts = Facts.Of("""
            | 资金来源 | 金额（万元） | 占比 |
            | 合计 | 12,846.30 | 100% |
            | 中央补助资金 | 5,318.72 | 41.40% |
            | 省级补助资金 | 2,964.15 | 23.07% |
            | 市级补助资金 | 612.40 | 4.77% |
            | 县级财政资金 | 3,951.03 | 31.76% |
            """);

        var county = Assert.Single(facts.Rates, r => r.Anchor.Location.Row == 5 && r.Anchor.Location.Column == 2);
        Assert.Equal(("3,951.03", "12,846.30"), (county.Numerator!.Number.Printed, county.Denominator!.Number.Printed));
    }
}
