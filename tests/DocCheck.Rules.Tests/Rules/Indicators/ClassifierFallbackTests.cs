using DocCheck.Rules.Rules.Indicators;

namespace DocCheck.Rules.Tests.Rules.Indicators;

/// <summary>Without the models the two classifier rules judge by words and say so once under 未能核查, never crash.</summary>
public sealed class ClassifierFallbackTests
{
    [Fact]
    public void WithoutModels_WordListsJudge_AndTheNoteSaysSoOnce()
    {
        var result = RuleCases.RunWithDetails(new TargetQuantifiedRule(), "fires-no-model");

        // The word list misses 较2022年明显改观 (it has digits); the model (fires-model-only) catches it.
        Assert.Single(result.Findings);
        var note = Assert.Single(result.Unverified);
        Assert.Equal("指标分类模型", note.Subject);
        Assert.Contains("改按词表判断", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WithModels_NothingIsNotedAsUnchecked()
    {
        var result = RuleCases.RunWithDetails(new IndicatorGroupRule(), "fires-cost-under-social");

        Assert.Empty(result.Unverified);
        Assert.Contains("指标分类模型判断", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }
}
