namespace DocCheck.Extract.Tests.Scores;

public sealed class ExecutionBandExtractorTests
{
    [Fact]
    public void ReadsEachBand_WithItsEdgesAndPoints()
    {
        var facts = Facts.Of("预算执行率按区间计分：执行率≥95%得5分；90%（含）至95%得4分；85%（含）至90%得3分；85%以下不得分。");

        Assert.Equal(
            [(95m, (decimal?)null, 5m), (90m, 95m, 4m), (85m, 90m, 3m), (0m, 85m, 0m)],
            facts.ExecutionBands.Select(b => (b.Low, b.High, b.Points)));
    }

    [Fact]
    public void ASentenceAboutOneScore_IsNoBandRule()
    {
        var facts = Facts.Of("全年支出1,204.75万元，预算执行率93.65%，按分档标准得8分。");

        Assert.Empty(facts.ExecutionBands);
    }
}
