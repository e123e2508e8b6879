using DocCheck.Extract.Periods;

namespace DocCheck.Extract.Tests.Periods;

public sealed class PeriodExtractorTests
{
    [Theory]
    [InlineData("某项目2021年度绩效评价报告", 2021)]
    [InlineData("综合事务项目绩效评价报告", null)]
    public void ReadsTheReportYearFromItsTitle(string title, int? year)
    {
        Assert.Equal(year, PeriodExtractor.ReportYear(title, []));
    }

    [Fact]
    public void WithoutAYearInTheTitle_TheMostCitedYearWins()
    {
        Assert.Equal(2020, PeriodExtractor.ReportYear("综合事务项目绩效评价报告", ["2020年度该项目实际投资为558.01万元", "完成了2020年度保障", "经2019年7月25日会议研究"]));
    }

    [Fact]
    public void PartOfTheYear_GoverningFigures_IsFlagged_ButNotATimeWindow()
    {
        var facts = Facts.Of("""
            # 某项目2021年度绩效评价报告
            2021年1-9月，共办理业务18.57万件。
            每年5月至9月为汛期，汛期停工。
            截至2021年12月31日，共支出45万元。
            """);

        var mention = Assert.Single(facts.Periods);
        Assert.Equal((PeriodIssue.PartOfYear, "2021年1-9月", 9), (mention.Issue, mention.Printed, mention.LastMonth));
    }
}
