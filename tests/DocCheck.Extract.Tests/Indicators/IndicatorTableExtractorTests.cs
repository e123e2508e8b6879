using DocCheck.Extract.Indicators;

namespace DocCheck.Extract.Tests.Indicators;

public sealed class IndicatorTableExtractorTests
{
    [Fact]
    public void ScoringTable_GivesEachLevelItsWeightColumn()
    {
        var facts = Facts.Of("""
            | 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分 |
            | 项目决策 | 20 | 决策过程 | 8 | 决策依据 | 3 | 3 |
            | ^ | ^ | ^ | ^ | 决策程序 | 5 | 5 |
            | ^ | ^ | 资金分配 | 12 | 分配办法 | 12 | 10 |
            """);

        var table = Assert.Single(facts.IndicatorTables);
        Assert.Equal([IndicatorColumn.Level1, IndicatorColumn.Level1Weight, IndicatorColumn.Level2, IndicatorColumn.Level2Weight, IndicatorColumn.Name, IndicatorColumn.Weight, IndicatorColumn.Score],
            table.Columns.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal(3, table.Indicators.Count);
        Assert.Equal([("项目决策", 20m), ("决策过程", 8m), ("资金分配", 12m)], table.Groups.Select(g => (g.Name, g.Weight!.Value)));
        Assert.All(table.Indicators, i => Assert.Equal("项目决策", i.Level1));
    }

    [Fact]
    public void ScoringTable_WithAScorePerLevel_GivesTheIndicatorsTheirOwn()
    {
        var facts = Facts.Of("""
            | 一级指标 | 权重 | 得分 | 二级指标 | 权重 | 得分 | 三级指标 | 权重 | 得分 |
            | B过程 | 20 | 16.11 | B1资金管理 | 10 | 8.61 | B11资金到位率 | 3 | 3 |
            | ^ | ^ | ^ | ^ | ^ | ^ | B12预算执行率 | 4 | 3.61 |
            | ^ | ^ | ^ | ^ | ^ | ^ | B13资金使用合规性 | 3 | 2 |
            """);

        var table = Assert.Single(facts.IndicatorTables);
        Assert.Equal([("B11资金到位率", 3m, 3m), ("B12预算执行率", 4m, 3.61m), ("B13资金使用合规性", 3m, 2m)],
            table.Indicators.Select(i => (i.Name, i.Weight!.Value, i.Score!.Value)));
    }

    [Fact]
    public void ACodeColumn_GivesEachIndicatorItsCode_AndTheProseThatExplainsItByCode()
    {
        var facts = Facts.Of("""
            | 指标编码 | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |
            | C11 | 产出（40） | 产出数量 | 堤防新建加固长度 | 8 | ≥12.6公里 | 11.9公里 | 7.56 |
            | C12 | ^ | ^ | 护岸工程长度 | 6 | ≥8.4公里 | 8.6公里 | 6 |
            C11：计划新建加固堤防12.6公里，实际完成11.9公里，石桥段0.7公里因征地协调未完成，顺延至2023年汛前实施。
            """);

        var table = Assert.Single(facts.IndicatorTables);
        Assert.Equal(["C11", "C12"], table.Indicators.Select(i => i.Code));
        Assert.NotNull(facts.Explanations.For(table.Indicators[0]));
    }

    [Fact]
    public void SelfEvaluationTable_FindsTheHeaderBelowTheBudgetBlock_AndTheTotalRow()
    {
        var facts = Facts.Of("""
            | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            | 年度资金总额 | 100.00 | 100.00 | 95.00 | 10 | 95.00% | 9.50 |
            | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            | ^ | 产出指标（50分） | 数量指标 | 培训人数 | ≥300人 | 326人 | 50 | 50 |
            | ^ | 效益指标（30分） | 社会效益指标 | 就业率 | ≥80% | 85% | 30 | 30 |
            | ^ | 满意度指标（10分） | 满意度指标 | 学员满意度 | ≥90% | 96% | 10 | 10 |
            | 总分 | < | < | < | < | < | 100 | 99.50 |
            """);

        var table = Assert.Single(facts.IndicatorTables);
        Assert.Equal(2, table.HeaderRow);
        Assert.Equal(3, table.Indicators.Count);
        Assert.Equal(100m, table.DeclaredTotalWeight!.Value);
        Assert.Equal("99.50", table.TotalScore!.Printed);
        var execution = Assert.Single(facts.Executions);
        Assert.Equal(("10", "95.00%", "9.50"), (execution.Weight!.Printed, execution.Rate!.Printed, execution.Score!.Printed));
    }

    [Fact]
    public void EmptyLevelCells_ContinueTheLevelAbove()
    {
        var facts = Facts.Of("""
            | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际值 |
            | 产出指标（50分） | 数量指标 | 清淤长度 | ≥12.5公里 | 12.8公里 |
            |  |  | 护岸长度 | ≥6.0公里 | 6.2公里 |
            |  | 质量指标 | 合格率 | ≥98% | 99% |
            """);

        var indicators = Assert.Single(facts.IndicatorTables).Indicators;
        Assert.Equal([("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标")], indicators.Select(i => (i.Level1, i.Level2)));
    }

    [Fact]
    public void SeparateComparatorAndUnitColumns_FoldIntoTheTarget()
    {
        var facts = Facts.Of("""
            | 一级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 |
            | 产出指标 | 新建公厕数量 | ≥ | 30 | 座 | 28 |
            """);

        var indicator = Assert.Single(Assert.Single(facts.IndicatorTables).Indicators);
        Assert.Equal("≥30座", indicator.Target);
        Assert.Equal("28座", indicator.Actual);
        Assert.Equal(Outcome.Shortfall, IndicatorAssessor.Assess(indicator).Outcome);
    }
}
