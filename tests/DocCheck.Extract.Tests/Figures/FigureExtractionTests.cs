using DocCheck.Extract.Figures;

namespace DocCheck.Extract.Tests.Figures;

public sealed class FigureExtractionTests
{
    [Fact]
    public void ProseFigures_TakeTheRoleOfTheNearestKeyword()
    {
        var facts = Facts.Of("县政务服务中心大厅运行经费项目预算金额45万元，2021年度实际支出45万元，完成100%。截止到2020年12月31日，共支付512.02万元，结余45.99万元未支出。");

        Assert.Equal(
            [(FigureRole.Budget, "45万元"), (FigureRole.Spent, "45万元"), (FigureRole.Spent, "512.02万元"), (FigureRole.Balance, "45.99万元")],
            facts.Figures.Select(f => (f.Role, f.Number.Printed)));
    }

    [Fact]
    public void AnItemOfSpending_IsNoTotal()
    {
        var facts = Facts.Of("校舍维修改造工程支出2,105.30万元，运动场改造支出612.48万元。项目累计支出3,702.46万元。");

        var spent = Assert.Single(facts.Figures);
        Assert.Equal("3,702.46万元", spent.Number.Printed);
    }

    [Fact]
    public void TheLevelThatSetTheBudget_IsNoSourceOfPartOfIt()
    {
        var facts = Facts.Of("2021年市财政安排项目预算1,860.00万元，其中市级财政资金1,260.00万元、省级补助资金600.00万元。");

        var budget = Assert.Single(facts.Figures, f => f.Role == FigureRole.Budget);
        Assert.Equal("1,860.00万元", budget.Number.Printed);
    }

    [Fact]
    public void PartialFigures_AreNotTotals()
    {
        var facts = Facts.Of("其中中央资金支出300.00万元，人均补助84元。");

        Assert.Empty(facts.Figures);
    }

    [Fact]
    public void LabelValueCells_UseTheUnitInTheLabel_AndSumTheSourcesBelow()
    {
        var facts = Facts.Of("""
            | 计划投资额（万元） | 670.64 | 实际到位资金（万元） | 670.64 |
            | 其中：中央财政 |  | 其中：中央财政 |  |
            | 省财政 | 600.00 | 省财政 | 600.00 |
            | 市县财政 | 70.64 | 市县财政 | 70.64 |
            """);

        Assert.Contains(facts.Figures, f => f.Role == FigureRole.BudgetInitial && f.Number.Value == 6706400m);
        Assert.Contains(facts.Figures, f => f.Role == FigureRole.FundsReceived && f.Number.Value == 6706400m);
        Assert.Equal(2, facts.Sums.Count(s => s.Kind == SumKind.TableSources && s.Parts.Count == 2));
    }

    [Fact]
    public void ABreakdownStatedAfterItsTotal_IsFoundInTheEarlierSentence()
    {
        var facts = Facts.Of("项目实际支出100.00万元，预算执行率99%。\n资金支出具体为：设备60.00万元、培训40.00万元。");

        var sum = Assert.Single(facts.Sums);
        Assert.Equal("100.00万元", sum.Total.Number.Printed);
        Assert.Equal(2, sum.Parts.Count);
    }
}
