using System.Collections.Immutable;
using DocCheck.Cli.Evaluation;
using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Rules;

namespace DocCheck.Cli.Tests.Evaluation;

public sealed class FindingComparisonTests
{
    private static readonly Mutation Planted = new()
    {
        Rule = RuleIds.SumMismatch,
        Mutator = "test",
        Place = "T1[r5,c2]",
        Planted = "4,030.50 → 4,130.50",
        Marks = ["4,130.50"],
        Places = ["T1[r5,c2]"],
        Consequences = [RuleIds.FigureConflict],
    };

    private static Finding Finding(string rule, string subject, string claimed, string quote = "", string location = "P3") =>
        new(rule, Severity.Error, subject, "message", claimed, null,
            [new Evidence(location == "P3" ? new SourceLocation { Paragraph = 3 } : new SourceLocation { Table = 0, Row = 4, Column = 1 }, quote, "role")]);

    private static RuleRunResult Run(params Finding[] findings) => new(findings, [], [], []);

    [Fact]
    public void ANewFindingOfThePlantedRule_ThatQuotesTheChangedValue_IsAHit()
    {
        var (hits, consequences, extras) = FindingComparison.Compare(Planted, Run(), Run(Finding(RuleIds.SumMismatch, "资金来源", "4,130.50万元")));

        Assert.Single(hits);
        Assert.Empty(consequences);
        Assert.Empty(extras);
    }

    [Fact]
    public void ANewFindingOfThePlantedRule_AboutSomethingElse_IsAnExtra()
    {
        var (hits, _, extras) = FindingComparison.Compare(Planted, Run(), Run(Finding(RuleIds.SumMismatch, "支出明细", "912.36")));

        Assert.Empty(hits);
        Assert.Single(extras);
    }

    [Fact]
    public void AFindingPointingAtTheChangedCell_IsAHit_EvenWithoutQuotingTheValue()
    {
        var (hits, _, _) = FindingComparison.Compare(Planted, Run(), Run(Finding(RuleIds.SumMismatch, "合计", "-", location: "T1[r5,c2]")));

        Assert.Single(hits);
    }

    [Fact]
    public void AConsequenceThatQuotesTheChange_IsNotAnExtra_ButOneThatDoesNot_Is()
    {
        var (_, consequences, extras) = FindingComparison.Compare(Planted, Run(), Run(
            Finding(RuleIds.FigureConflict, "预算", "4,030.50万元 / 4,130.50"),
            Finding(RuleIds.FigureConflict, "实际支出", "512.02万元 / 558.01"),
            Finding(RuleIds.GradeMismatch, "评价等级", "优", "4,130.50")));

        Assert.Single(consequences);
        Assert.Equal(2, extras.Count);
    }

    [Fact]
    public void ABaselineFinding_IsNotNew_EvenWhenItsUnitComesOut_Otherwise()
    {
        var baseline = Run(Finding(RuleIds.AdjustmentUnexplained, "预算调整", "3,120.00 → 3,386.88万元"));

        var (hits, consequences, extras) = FindingComparison.Compare(Planted, baseline, Run(Finding(RuleIds.AdjustmentUnexplained, "预算调整", "3,120.00 → 3,386.88")));

        Assert.Empty(hits);
        Assert.Empty(consequences);
        Assert.Empty(extras);
    }

    [Fact]
    public void ASecondCopyOfABaselineFinding_IsNew()
    {
        var finding = Finding(RuleIds.SumMismatch, "资金来源", "4,130.50");

        var (hits, _, _) = FindingComparison.Compare(Planted, Run(finding), Run(finding, finding));

        Assert.Single(hits);
    }

    [Fact]
    public void ARuleThatCrashesOnTheMutantOnly_IsAnExtra()
    {
        var mutant = new RuleRunResult([], [], [], [new RuleFailure(RuleIds.RateMismatch, "boom")]);

        var (_, _, extras) = FindingComparison.Compare(Planted, Run(), mutant);

        Assert.Equal(["system.rule-failed rate.mismatch"], extras);
    }

    [Fact]
    public void ASubjectThatNamesPartOfARemovedSection_MentionsIt()
    {
        var removal = Planted with { Rule = RuleIds.SectionMissing, Marks = ["主要经验及做法、存在的问题和建议"], Places = ImmutableArray<string>.Empty };

        Assert.True(FindingComparison.Mentions(Finding(RuleIds.SectionMissing, "建议", "-"), removal, consequence: false));
        Assert.False(FindingComparison.Mentions(Finding(RuleIds.SectionMissing, "基本情况", "-"), removal, consequence: false));
    }
}
