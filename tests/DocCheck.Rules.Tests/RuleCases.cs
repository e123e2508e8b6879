using DocCheck.Classifiers;
using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Extract.Indicators;
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

    /// <summary>
    /// The findings <paramref name="rule"/> reports on a case (only that rule runs), with the committed indicator
    /// classifiers as the pipeline uses them; cases named *no-model* run without them (the word-list fallback).
    /// </summary>
    public static IReadOnlyList<Finding> Run(IRule rule, string caseName, CheckSettings? settings = null) =>
        RunWithDetails(rule, caseName, settings).Findings;

    /// <summary>The whole run result of <see cref="Run"/>.</summary>
    public static RuleRunResult RunWithDetails(IRule rule, string caseName, CheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(caseName);
        var source = SourceParser.ParseFile(Path.Combine(Folder(rule.Descriptor.Id), caseName + ".case.md"));
        var document = ModelComposer.Compose(source, caseName + ".docx");
        var facts = ReportFactsExtractor.Extract(document);
        var classifications = caseName.Contains("no-model", StringComparison.Ordinal)
            ? IndicatorClassifications.Unavailable("未找到指标分类模型（测试）")
            : IndicatorModels.TryGetShared(out var classifier, out var problem)
                ? IndicatorClassifications.Compute(facts, classifier)
                : IndicatorClassifications.Unavailable(problem);
        facts = classifications.FillMissingLevel2(facts);
        var result = RuleRunner.Run(facts, [rule], settings, classifications);
        Assert.Empty(result.Failures);
        return result;
    }
}
