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

    [Fact]
    public void AFullYearFigureBesideThePart_ExcusesIt_ButABudgetsNameDoesNot()
    {
        var beside = Facts.Of("""
            # 某项目2021年度绩效评价报告
            2021年1-9月完成支出300万元，全年完成支出420万元。
            """);
        var budgetName = Facts.Of("""
            # 某项目2021年度绩效评价报告
            2021年1-9月项目年初预算520.00万元，全年预算520.00万元，年中未作调整。
            """);

        Assert.Empty(beside.Periods);
        Assert.Equal("2021年1-9月", Assert.Single(budgetName.Periods).Printed);
    }

    [Fact]
    public void TheReportsOnlyBudget_UnderAnEarlierYear_IsFlagged_ButNotACarryOverOrAnApproval()
    {
        var facts = Facts.Of("""
            # 某县2022年度学生营养改善计划项目绩效自评报告
            一、基本情况
            2021年项目预算1,286.40万元，年中未作调整。截至2022年12月31日，项目实际支出1,204.75万元。
            2021年结转资金35.00万元已全部使用。
            项目于2019年立项，总投资3,000.00万元。
            """);

        var mention = Assert.Single(facts.Periods);
        Assert.Equal((PeriodIssue.OtherYear, 2021), (mention.Issue, mention.Year));
        Assert.Contains("1,286.40", mention.Anchor.QuoteText, StringComparison.Ordinal);
    }

    [Fact]
    public void ADepartmentsTotalSpending_UnderAnEarlierYear_IsFlagged_ButNotAnItemsOrAComparison()
    {
        var facts = Facts.Of("""
            # 某县卫生健康委员会2021年度部门整体支出绩效自评报告
            一、部门基本情况
            2020年实际支出6,730.84万元，预算执行率96.89%。
            基本支出实际支出2,318.52万元，项目支出实际支出4,412.32万元。
            2020年实际支出4,412.32万元，2021年实际支出6,730.84万元。
            """);

        var mention = Assert.Single(facts.Periods);
        Assert.Contains("6,730.84", mention.Anchor.QuoteText, StringComparison.Ordinal);
        Assert.Equal(3, mention.Anchor.Location.Paragraph);
    }

    [Fact]
    public void AnEarlierYearsBudgetBesideThisYears_IsAComparison()
    {
        var facts = Facts.Of("""
            # 某县2022年度学生营养改善计划项目绩效自评报告
            一、基本情况
            2022年项目预算1,286.40万元。
            2021年项目预算1,100.00万元。
            """);

        Assert.Empty(facts.Periods);
    }

    [Theory]
    [InlineData("（四）自评结论。本项目2021年度自评得分98.44分，自评等级为“优”。", PeriodIssue.OtherYear)]
    [InlineData("（四）自评结论。本项目2022年1-9月自评得分98.44分，自评等级为“优”。", PeriodIssue.PartOfYear)]
    public void TheEvaluationsOwnScore_UnderAnotherPeriod_IsFlagged(string sentence, PeriodIssue issue)
    {
        var facts = Facts.Of($"""
            # 某项目2022年度绩效自评报告
            一、基本情况
            {sentence}
            """);

        Assert.Equal(issue, Assert.Single(facts.Periods).Issue);
    }

    [Fact]
    public void TheProjectNamedUnderAnEarlierYear_IsFlagged_ButNotItsFollowUp()
    {
        var facts = Facts.Of("""
            # 清源市2022年度义务教育薄弱学校改造项目绩效评价报告
            一、基本情况
            经综合评价，2021年度义务教育薄弱学校改造项目立项依据充分，资金全部到位。
            2021年度义务教育薄弱学校改造项目评价发现的问题已整改完毕。
            """);

        var mention = Assert.Single(facts.Periods);
        Assert.Equal(("2021年度", 2021), (mention.Printed, mention.Year));
    }

    [Fact]
    public void ATitleYearTheBodyContradicts_IsTheMention_AndTheBodysYearIsTheReports()
    {
        var facts = Facts.Of("""
            # 某县2021年度农村公路养护项目绩效评价报告
            一、基本情况
            2022年度项目预算500.00万元。截至2022年12月31日，实际支出480.00万元。
            2022年度完成养护里程120公里，2022年度群众满意度95%。
            """);

        Assert.Equal(2022, facts.Year);
        var mention = Assert.Single(facts.Periods);
        Assert.Equal((PeriodIssue.TitleYear, 2021), (mention.Issue, mention.Year));
    }
}
