namespace DocCheck.Extract.Tests.Indicators;

public sealed class ProseExplanationsTests
{
    private const string Table = """
        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
        | 产出指标 | 数量指标 | 新登记市场主体数 | ≥1.5万户 | 1.31万户 | 5 | 4.37 |  |
        """;

    [Theory]
    [InlineData("关于“新登记市场主体数”指标：全年新登记1.31万户，偏差原因：受疫情影响个体工商户新增放缓。")]
    [InlineData("新登记市场主体数未完成的原因是个体工商户新增放缓。")]
    [InlineData("新登记市场主体：全年1.31万户，主要是受疫情影响新增放缓。")]
    public void FindsTheReason_WhereverTheProseGivesIt(string prose)
    {
        var facts = Facts.Of(Table + "\n" + prose);

        Assert.NotNull(facts.Explanations.For(facts.Indicators.Single().Indicator));
    }

    [Theory]
    [InlineData("全年新登记市场主体1.31万户，较上年增长2.3%。")]
    [InlineData("部分新登记市场主体受融资环境影响，经营困难。")]
    public void AMentionWithoutACause_OrAShortNameInPassing_ExplainsNothing(string prose)
    {
        var facts = Facts.Of(Table + "\n" + prose);

        Assert.Null(facts.Explanations.For(facts.Indicators.Single().Indicator));
    }
}
