using DocCheck.Extract.Indicators;

namespace DocCheck.Extract.Tests.Indicators;

public sealed class HeaderVocabularyTests
{
    [Theory]
    [InlineData("一级指标", IndicatorColumn.Level1)]
    [InlineData("指标类型", IndicatorColumn.Level1)]
    [InlineData("二级指标", IndicatorColumn.Level2)]
    [InlineData("三级指标", IndicatorColumn.Name)]
    [InlineData("指标名称", IndicatorColumn.Name)]
    [InlineData("年度指标值（A)", IndicatorColumn.Target)]
    [InlineData("目标值", IndicatorColumn.Target)]
    [InlineData("绩效目标", IndicatorColumn.Target)]
    [InlineData("实际完成值(B)", IndicatorColumn.Actual)]
    [InlineData("完成值", IndicatorColumn.Actual)]
    [InlineData("实际值", IndicatorColumn.Actual)]
    [InlineData("分值", IndicatorColumn.Weight)]
    [InlineData("权重", IndicatorColumn.Weight)]
    [InlineData("得分", IndicatorColumn.Score)]
    [InlineData("自评得分", IndicatorColumn.Score)]
    [InlineData("偏差原因分析及改进措施", IndicatorColumn.Reason)]
    [InlineData("绩效标准", IndicatorColumn.Ignore)]
    [InlineData("评分标准", IndicatorColumn.Ignore)]
    [InlineData("指标性质", IndicatorColumn.Comparator)]
    [InlineData("度量单位", IndicatorColumn.Unit)]
    public void RecognisesColumnsByMeaning(string header, IndicatorColumn expected)
    {
        Assert.Equal(expected, HeaderVocabulary.Classify(header));
    }

    [Fact]
    public void UnknownWording_IsNotGuessed()
    {
        Assert.Null(HeaderVocabulary.Classify("绩效指标"));
    }
}
