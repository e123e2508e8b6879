using DocCheck.Extract.Sections;

namespace DocCheck.Extract.Tests.Sections;

public sealed class SectionMapperTests
{
    [Fact]
    public void MapsHeadingsByTheirWords_WhateverTheirNumbering()
    {
        var facts = Facts.Of("""
            # 大厅运行经费部门评价报告
            ## 一、基本情况
            ## 二、绩效评价工作开展情况
            ## 3、 综合评价情况及评价结论
            ## 四、绩效评价指标分析
            ## 5、 主要经验及做法、存在的问题及原因分析
            ## 六、有关建议
            ## 七、其他需要说明的问题
            """);

        Assert.Equal(ReportKind.Evaluation, facts.Sections.Kind);
        Assert.Empty(facts.Sections.Missing);
    }

    [Fact]
    public void AcceptsMergedSections_AndNamesWhatIsTrulyMissing()
    {
        var facts = Facts.Of("""
            # 综合事务项目绩效评价报告
            ## 一、项目概况
            ## 二、项目资金使用及管理情况
            ## 三、项目绩效情况
            ## 四、综合评价情况及评价结论
            ## 五、主要经验及做法、存在的问题和建议
            """);

        Assert.Equal(["绩效评价工作开展情况", "其他需要说明的问题"], facts.Sections.Missing.Select(s => s.Title));
    }

    [Fact]
    public void ASelfEvaluationTableOnItsOwn_HasNoOutline()
    {
        var facts = Facts.Of("# 某县2021年度项目支出绩效自评表\n| 一级指标 | 三级指标 | 指标值 | 完成值 |\n| 产出指标 | 数量 | ≥1个 | 1个 |");

        Assert.Equal(ReportKind.SelfEvaluationTable, facts.Sections.Kind);
        Assert.Empty(facts.Sections.Missing);
    }
}
