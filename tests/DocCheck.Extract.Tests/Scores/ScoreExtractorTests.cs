using DocCheck.Extract.Scores;

namespace DocCheck.Extract.Tests.Scores;

public sealed class ScoreExtractorTests
{
    [Fact]
    public void ReadsTheBandsAReportStates()
    {
        var facts = Facts.Of("评价结果分为优、良、中、差四个等级：综合评价得分90分以上（含90分），绩效级别评定为优；综合评价得分80-90分（含80分），绩效级别评定为良；综合评价得分60-80分（含60分），绩效级别评定为中；综合评价得分60分以下，绩效级别评定为差。");

        var bands = facts.StatedBands;
        Assert.NotNull(bands);
        Assert.Equal(Grade.Excellent, bands.GradeFor(90m));
        Assert.Equal(Grade.Good, bands.GradeFor(89.99m));
        Assert.Equal(Grade.Fair, bands.GradeFor(60m));
        Assert.Equal(Grade.Poor, bands.GradeFor(59.9m));
        Assert.Empty(facts.Grades);
    }

    [Theory]
    [InlineData("本次绩效评价综合得分为100 分，评价等级为“优”。", "100分", Grade.Excellent)]
    [InlineData("项目评定分为97分，评价结果为优。", "97分", Grade.Excellent)]
    [InlineData("经评价，自评得分95.5分，评价等级为良好。", "95.5分", Grade.Good)]
    public void ReadsClaimedScoreAndGrade(string text, string score, Grade grade)
    {
        var facts = Facts.Of(text);

        Assert.Equal(score, Assert.Single(facts.TotalScores).Score.Printed);
        Assert.Equal(grade, Assert.Single(facts.Grades).Grade);
    }

    [Theory]
    [InlineData("自评等级：R优 £良 £中 £差")]
    [InlineData("自评等级：☑优 □良 □中 □差")]
    public void ReadsTickedBoxes(string text)
    {
        Assert.Equal(Grade.Excellent, Assert.Single(Facts.Of(text).Grades).Grade);
    }

    [Fact]
    public void TheFullMarkOfTheFramework_IsNoClaim()
    {
        Assert.Empty(Facts.Of("设决策、过程、产出、效益4个一级指标，分值分别为20分、20分、35分、25分，总分100分。").TotalScores);
    }
}
