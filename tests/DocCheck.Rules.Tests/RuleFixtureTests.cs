using DocCheck.Testing;

namespace DocCheck.Rules.Tests;

/// <summary>
/// Runs a rule on each of its fixture cases and compares the findings with &lt;case&gt;.expected.txt. Cases named
/// silent-* must report nothing; the others must report at least one finding, every one with evidence.
/// </summary>
public abstract class RuleFixtureTests<TRule>
    where TRule : IRule, new()
{
    public static TheoryData<string> Cases => RuleCases.Names(new TRule().Descriptor.Id);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GivesItsExpectedFindings(string caseName)
    {
        var rule = new TRule();
        var findings = RuleCases.Run(rule, caseName);

        if (caseName.StartsWith("silent", StringComparison.Ordinal))
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.NotEmpty(findings);
        }

        Assert.All(findings, f =>
        {
            Assert.Equal(rule.Descriptor.Id, f.RuleId);
            Assert.NotEmpty(f.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
        });
        var actual = string.Join('\n', findings.Select(f => f.ToString()).Order(StringComparer.Ordinal));
        Golden.Assert(actual, Path.Combine(RuleCases.Folder(rule.Descriptor.Id), caseName + ".expected.txt"));
    }
}
