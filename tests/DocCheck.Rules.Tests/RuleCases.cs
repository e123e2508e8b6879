using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Rules.Tests;

/// <summary>Loads a rule's fixture cases (Fixtures/&lt;rule id&gt;/*.case.md) and runs the rule on them.</summary>
public static class RuleCases
{
    public static string Folder(string ruleId) => RepoPaths.Of("tests", "DocCheck.Rules.Tests", "Fixtures", ruleId);

    public static TheoryData<string> Names(string ruleId)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(ruleId), "*.case.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".case.md".Length]);
        }

        return data;
    }

    /// <summary>The findings <paramref name="rule"/> reports on a case (only that rule runs).</summary>
    public static IReadOnlyList<Finding> Run(IRule rule, string caseName, CheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var source = SourceParser.ParseFile(Path.Combine(Folder(rule.Descriptor.Id), caseName + ".case.md"));
        var document = ModelComposer.Compose(source, caseName + ".docx");
        var facts = ReportFactsExtractor.Extract(document);
        var result = RuleRunner.Run(facts, [rule], settings);
        Assert.Empty(result.Failures);
        return result.Findings;
    }
}
