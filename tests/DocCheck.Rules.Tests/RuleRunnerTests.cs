using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Rules.Rules.Arithmetic;
using DocCheck.Testing.Sources;

namespace DocCheck.Rules.Tests;

public sealed class RuleRunnerTests
{
    private static ReportFacts Facts(string source) => ReportFactsExtractor.Extract(ModelComposer.Compose(SourceParser.Parse(source)));

    [Fact]
    public void ACrashingRule_IsRecordedAndTheOthersStillRun()
    {
        var facts = Facts("项目预算200.00万元，实际支出150.00万元，结余40.00万元。");

        var result = RuleRunner.Run(facts, [new ThrowingRule(), new BalanceMatchesRule()]);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("test.throws", failure.RuleId);
        Assert.Single(result.Findings, f => f.RuleId == "balance.mismatch");
    }

    [Fact]
    public void Settings_DisableARuleAndOverrideItsSeverity()
    {
        var facts = Facts("项目预算200.00万元，实际支出150.00万元，结余40.00万元。");
        var rules = new IRule[] { new BalanceMatchesRule() };

        var disabled = RuleRunner.Run(facts, rules, new CheckSettings { Rules = new Dictionary<string, RuleSettings> { ["balance.mismatch"] = new() { Enabled = false } } });
        var softened = RuleRunner.Run(facts, rules, new CheckSettings { Rules = new Dictionary<string, RuleSettings> { ["balance.mismatch"] = new() { Severity = Severity.Info } } });

        Assert.Empty(disabled.Findings);
        Assert.Equal(Severity.Info, Assert.Single(softened.Findings).Severity);
    }

    [Fact]
    public void Tolerance_WidensTheRoundingRule()
    {
        var facts = Facts("项目预算200.00万元，实际支出150.00万元，结余49.90万元。");
        var rules = new IRule[] { new BalanceMatchesRule() };

        var strict = RuleRunner.Run(facts, rules);
        var tolerant = RuleRunner.Run(facts, rules, new CheckSettings { Rules = new Dictionary<string, RuleSettings> { ["balance.mismatch"] = new() { Tolerance = 0.2m } } });

        Assert.Single(strict.Findings);
        Assert.Empty(tolerant.Findings);
    }

    [Fact]
    public void Checks_AreCountedWhetherTheyHoldOrNot()
    {
        var facts = Facts("项目预算200.00万元，实际支出150.00万元，结余50.00万元，预算执行率为75.00%。");

        var result = RuleRunner.Run(facts, BuiltInRules.All);

        Assert.Contains(result.Checks, c => c is { RuleId: "balance.mismatch", Consistent: true });
        Assert.Contains(result.Checks, c => c is { RuleId: "rate.mismatch", Consistent: true });
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    private sealed class ThrowingRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("test.throws", "测试", RuleArea.Arithmetic, Severity.Error, "无");

        public IEnumerable<Finding> Check(RuleContext context) => throw new InvalidOperationException("boom");
    }
}
