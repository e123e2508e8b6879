using System.Reflection;
using System.Text.RegularExpressions;
using DocCheck.Testing;

namespace DocCheck.Rules.Tests;

/// <summary>Adding a rule means one file, one registry line, one test class and a fixture folder: these tests hold that.</summary>
public sealed partial class RuleConventionTests
{
    private static readonly Type[] RuleTypes = typeof(IRule).Assembly.GetTypes()
        .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .ToArray();

    [Fact]
    public void EveryRuleClass_IsRegisteredOnce()
    {
        var registered = BuiltInRules.All.Select(r => r.GetType()).ToList();

        Assert.Equal(RuleTypes.OrderBy(t => t.Name), registered.OrderBy(t => t.Name));
        Assert.Equal(registered.Count, registered.Distinct().Count());
    }

    [Fact]
    public void RuleIds_AreUniqueAndWellFormed()
    {
        var ids = BuiltInRules.All.Select(r => r.Descriptor.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
    }

    [Fact]
    public void EveryRule_HasItsTestClassAndFixtures()
    {
        var testTypes = typeof(RuleConventionTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        foreach (var rule in BuiltInRules.All)
        {
            var name = rule.GetType().Name;
            Assert.True(name.EndsWith("Rule", StringComparison.Ordinal), $"{name} should end with Rule");
            Assert.Contains(name + "Tests", testTypes);
            var cases = Directory.GetFiles(RuleCases.Folder(rule.Descriptor.Id), "*.case.md").Select(Path.GetFileName).ToList();
            Assert.Contains(cases, c => !c!.StartsWith("silent", StringComparison.Ordinal));
            Assert.Contains(cases, c => c!.StartsWith("silent", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryRule_LivesInAFileNamedAfterIt()
    {
        foreach (var type in RuleTypes)
        {
            var area = type.Namespace!.Split('.')[^1];
            Assert.True(File.Exists(RepoPaths.Of("src", "DocCheck.Rules", "Rules", area, type.Name + ".cs")), $"{type.Name}.cs not found under Rules/{area}");
        }
    }

    [Fact]
    public void EveryRule_HasAStaticDescriptorEqualToItsInstanceOne()
    {
        foreach (var rule in BuiltInRules.All)
        {
            var property = rule.GetType().GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(property);
            Assert.Same(property.GetValue(null), rule.Descriptor);
        }
    }

    /// <summary>The ids of ../shared/rule-catalog.md are a contract: every one must be implemented.</summary>
    [Fact]
    public void EveryCatalogId_IsImplemented()
    {
        var catalog = Path.Combine(RepoPaths.Root, "..", "shared", "rule-catalog.md");
        Assert.SkipUnless(File.Exists(catalog), "../shared/rule-catalog.md is not beside the checkout");
        var ids = CatalogId().Matches(File.ReadAllText(catalog)).Select(m => m.Groups[1].Value).ToHashSet();
        var implemented = BuiltInRules.All.Select(r => r.Descriptor.Id).ToHashSet();

        Assert.NotEmpty(ids);
        Assert.Empty(ids.Except(implemented));
    }

    [Fact]
    public void Catalog_MatchesTheApprovedList()
    {
        var lines = BuiltInRules.All.Select(r => $"{r.Descriptor.Id} | {r.Descriptor.Title} | {r.Descriptor.Area} | {Core.Findings.SeverityNames.ToId(r.Descriptor.DefaultSeverity)}");

        Golden.Assert(string.Join('\n', lines), RepoPaths.Of("tests", "DocCheck.Rules.Tests", "rule-catalog.approved.txt"));
    }

    [GeneratedRegex(@"^[a-z]+\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\| `([a-z]+\.[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex CatalogId();
}
