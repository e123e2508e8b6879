using DocCheck.Core.Findings;

namespace DocCheck.Review.Tests;

public sealed class VerdictTests
{
    [Fact]
    public void FollowsFromTheMostSevereFinding()
    {
        Assert.Equal(Verdict.Pass, VerdictText.From([]));
        Assert.Equal(Verdict.Pass, VerdictText.From([SampleNotes.Finding(SampleNotes.Rate, Severity.Info)]));
        Assert.Equal(Verdict.Improve, VerdictText.From([SampleNotes.Finding(SampleNotes.Vague, Severity.Warning)]));
        Assert.Equal(Verdict.Return, VerdictText.From([SampleNotes.Finding(SampleNotes.Vague, Severity.Warning), SampleNotes.Finding(SampleNotes.Rate, Severity.Error)]));
    }

    [Fact]
    public void ExplanationCountsWhatItFound()
    {
        var note = SampleNotes.Note(SampleNotes.Finding(SampleNotes.Rate, Severity.Error), SampleNotes.Finding(SampleNotes.Vague, Severity.Warning));

        Assert.Equal("报告存在1处前后矛盾或计算错误，另有1项需完善，建议退回修改。", VerdictText.Explain(note));
    }
}
