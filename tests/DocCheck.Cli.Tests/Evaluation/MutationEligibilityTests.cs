using DocCheck.Cli.Evaluation.Mutations.Mutators;

namespace DocCheck.Cli.Tests.Evaluation;

/// <summary>A change that would not be a defect is skipped, decided from the report's own figures and words before any check.</summary>
public sealed class MutationEligibilityTests
{
    private const string Heading = "@title 示例县2022年度示例项目支出绩效自评报告\n# 示例县2022年度示例项目支出绩效自评报告\n## 一、基本情况\n";

    [Fact]
    public void ARateNoStatedFiguresGive_IsSkipped()
    {
        var mutation = Assert.Single(new MutationFixture(Heading + "服务对象满意度为95.00%。").Plant(new RateChangeMutator()));

        Assert.Equal("报告没有给出能算出该比率的分子和分母", mutation.SkipReason);
        Assert.Empty(mutation.Edits);
    }

    [Fact]
    public void ARateWhoseChangedValueOtherStatedFiguresGive_IsSkipped()
    {
        // 913 ÷ 1000 = 91.3% (the share who signed up): the changed rate would still follow from the report's figures.
        var mutation = Assert.Single(new MutationFixture(Heading + "计划培训1000人，报名913人，实际完成900人，完成率90.0%。").Plant(new RateChangeMutator()));

        Assert.Equal("90.0% → 91.3%", mutation.Planted);
        Assert.Equal("改动后的比率仍可由报告中的其他数字算出", mutation.SkipReason);
    }

    [Fact]
    public void ATotalThatIsNotTheSumOfItsPartsAlready_IsSkipped()
    {
        var report = new MutationFixture(Heading + "| 项目 | 金额（万元） |\n| 甲 | 10.00 |\n| 乙 | 20.00 |\n| 合计 | 31.00 |");

        var mutation = Assert.Single(report.Plant(new TotalChangeMutator()));

        Assert.NotNull(mutation.SkipReason);
    }

    [Fact]
    public void ADeviationTheProseExplains_IsNotPlantedByDeletingTheReasonCell()
    {
        var report = new MutationFixture(MutationFixture.Source.Replace(
            "下一步将加强培训组织", "培训人数未达到目标，主要是部分乡镇报名不足。下一步将加强培训组织", StringComparison.Ordinal));

        var mutation = Assert.Single(report.Plant(new DeviationReasonDeletedMutator()));

        Assert.Equal("正文另有说明该指标偏差原因的句子", mutation.SkipReason);
    }

    [Fact]
    public void AGradeThatAlreadyDisagreesWithTheTotal_IsNotSwapped()
    {
        var report = new MutationFixture(MutationFixture.Source.Replace("自评等级为“优”", "自评等级为“良”", StringComparison.Ordinal));

        var mutation = Assert.Single(report.Plant(new GradeSwapMutator()));

        Assert.Equal("原等级已与总得分不符", mutation.SkipReason);
    }

    [Fact]
    public void ABudgetBlock_InAReportThatSpeaksOfAnAdjustment_IsNotAdjusted()
    {
        var report = new MutationFixture(MutationFixture.Source.Replace("结余12.84万元。", "结余12.84万元，年中未追加预算。", StringComparison.Ordinal));

        var mutation = Assert.Single(report.Plant(new BudgetAdjustedMutator()));

        Assert.Equal("报告中有关于预算调整的文字，可能已作说明", mutation.SkipReason);
    }

    [Fact]
    public void AScoreAboveItsWeightAlready_IsNotRaised()
    {
        var report = new MutationFixture(MutationFixture.Source.Replace("| 30 | 30 |  |", "| 30 | 31 |  |", StringComparison.Ordinal));

        Assert.Contains(report.Plant(new ScoreAboveWeightMutator()), m => m.Place.Contains("带动就业人数", StringComparison.Ordinal) && m.SkipReason == "得分已高于分值");
    }
}
