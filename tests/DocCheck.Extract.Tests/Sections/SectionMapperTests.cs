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
    public void AReportOnTheOlderProjectOutline_IsCompleteWithoutTheEvaluationsOwnParts()
    {
        var facts = Facts.Of("""
            # 梧江市2021年度城区背街小巷改造提升项目绩效评价报告
            ## 一、项目概况
            ## 二、项目资金使用及管理情况
            ## 三、项目组织实施情况
            ## 四、项目绩效情况
            ## 五、存在的问题
            ## 六、建议
            """);

        Assert.Equal(ReportKind.ProjectReport, facts.Sections.Kind);
        Assert.Empty(facts.Sections.Missing);
    }

    [Fact]
    public void AReportOnTheOlderProjectOutline_StillNeedsItsProblemsAndMeasures()
    {
        var facts = Facts.Of("""
            # 城北消防站建设项目2024年度绩效自评报告
            ## 一、项目概况
            ## 二、项目资金使用及管理情况
            ## 三、项目组织实施情况
            ## 四、项目绩效情况
            ## 五、其他需要说明的问题
            """);

        Assert.Equal(ReportKind.ProjectReport, facts.Sections.Kind);
        Assert.Equal(["存在的问题及原因", "改进措施及建议"], facts.Sections.Missing.Select(s => s.Title));
    }

    [Fact]
    public void ASelfEvaluationTableOnItsOwn_HasNoOutline()
    {
        var facts = Facts.Of("# 某县2021年度项目支出绩效自评表\n| 一级指标 | 三级指标 | 指标值 | 完成值 |\n| 产出指标 | 数量 | ≥1个 | 1个 |");

        Assert.Equal(ReportKind.SelfEvaluationTable, facts.Sections.Kind);
        Assert.Empty(facts.Sections.Missing);
    }

    [Fact]
    public void ADepartmentReport_IsNeverJudgedByTheProjectOutline()
    {
        // Without 存在的问题及原因, the project self-evaluation outline (its 改进措施 standing for 偏离绩效目标的原因和
        // 下一步改进措施) would fit all four parts and hide the gap.
        var facts = Facts.Of("""
            # 嵩阳区司法局2021年度部门整体支出绩效自评报告
            ## 一、部门概况
            ## 二、部门整体支出情况
            ## 三、部门整体支出绩效情况
            ## 五、下一步改进措施
            ## 六、绩效自评结果应用
            """);

        Assert.Equal(ReportKind.DepartmentReport, facts.Sections.Kind);
        Assert.Equal(["存在的问题及原因"], facts.Sections.Missing.Select(s => s.Title));
    }
}
