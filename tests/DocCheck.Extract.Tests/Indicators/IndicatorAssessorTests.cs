using DocCheck.Extract.Indicators;

namespace DocCheck.Extract.Tests.Indicators;

public sealed class IndicatorAssessorTests
{
    private static Assessment Assess(string target, string actual, string level2 = "数量指标") =>
        IndicatorAssessor.Assess(Assert.Single(Assert.Single(Facts.Of($"""
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
            | 产出指标 | {level2} | 某指标 | {target} | {actual} |
            """).IndicatorTables).Indicators));

    [Theory]
    [InlineData("≥95%", "97.3%", Outcome.Met)]
    [InlineData("≥95%", "94.6%", Outcome.Shortfall)]
    [InlineData("≥27.85万亩", "24.51万亩", Outcome.Shortfall)]
    [InlineData("≤3000元/亩", "1850元/亩", Outcome.Met)]
    [InlineData("≤3000元/亩", "3200元/亩", Outcome.Shortfall)]
    [InlineData("100%", "100%", Outcome.Met)]
    [InlineData("≥95%", "≥95%", Outcome.Unknown)]
    [InlineData("≥30个", "39个", Outcome.Met)]
    [InlineData("≥30个", "30项", Outcome.Unknown)]
    [InlineData("按期完成", "未完成", Outcome.Shortfall)]
    public void ComparesActualWithTarget(string target, string actual, Outcome outcome)
    {
        Assert.Equal(outcome, Assess(target, actual).Outcome);
    }

    [Fact]
    public void ACostTargetWithoutComparator_IsACeiling()
    {
        var assessment = Assess("45万元", "40万元", "成本指标");

        Assert.True(assessment.LowerIsBetter);
        Assert.Equal(Outcome.Met, assessment.Outcome);
    }

    [Fact]
    public void Ratio_IsActualOverTarget_OrTheInverseForCeilings()
    {
        Assert.Equal(1.4075m, Math.Round(Assess("≥800人", "1,126人").Ratio!.Value, 4));
        Assert.Equal(1.6216m, Math.Round(Assess("≤3000元/亩", "1850元/亩").Ratio!.Value, 4));
    }
}
