using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Corpus.Tests;

/// <summary>Every corpus report against its reviewed findings, and the invariants every check must keep.</summary>
public sealed partial class CorpusFindingsTests
{
    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void Findings_MatchTheReviewedExpectation(string name)
    {
        Golden.Assert(CorpusReports.FindingKeys(CorpusReports.Check(name)), CorpusReports.ExpectedPath(name));
    }

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void EveryPlantedDefect_IsFound(string name)
    {
        var planted = SourceParser.ParseFile(CorpusReports.SourcePath(name)).Expectations
            .GroupBy(e => e.Rule).ToDictionary(g => g.Key, g => g.Count());
        var found = CorpusReports.Check(name).Run.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());

        foreach (var (rule, count) in planted)
        {
            Assert.True(found.GetValueOrDefault(rule) >= count, $"{name}: planted {count} × {rule}, found {found.GetValueOrDefault(rule)}");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void EveryQuote_IsFoundAtItsLocation(string name)
    {
        var result = CorpusReports.Check(name);
        var document = result.Document;
        foreach (var evidence in result.Run.Findings.SelectMany(f => f.Evidence))
        {
            var location = evidence.Location;
            var original = location.IsCell
                ? document.Tables.Single(t => t.TableIndex == location.Table).At(location.Row!.Value, location.Column!.Value)!.Text.Original
                : ((ParagraphBlock)document.Blocks[location.Block]).Text.Original;
            if (location.Span is { } span)
            {
                Assert.Equal(evidence.Quote, original.Substring(span.Start, span.Length).Trim());
            }
            else
            {
                Assert.Equal(original.Trim(), evidence.Quote);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void TheCommittedDocx_IsWhatItsSourceDescribes(string name)
    {
        var source = SourceParser.ParseFile(CorpusReports.SourcePath(name));
        var expected = ModelDump.Dump(ModelComposer.Compose(source, name + ".docx"));
        var read = ModelDump.Dump(CorpusReports.Check(name).Document);

        Assert.Equal(expected, read);
    }

    [Fact]
    public void Corpus_PlantsEveryRuleTwiceAndHasCleanReports()
    {
        var reportsPerRule = CorpusReports.Names
            .SelectMany(n => CorpusReports.Check(n).Run.Findings.Select(f => (Report: n, f.RuleId)))
            .Distinct()
            .GroupBy(p => p.RuleId)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Rules.BuiltInRules.All, rule => Assert.True(reportsPerRule.GetValueOrDefault(rule.Descriptor.Id) >= 2,
            $"{rule.Descriptor.Id} fires in {reportsPerRule.GetValueOrDefault(rule.Descriptor.Id)} corpus report(s)"));
        Assert.True(CorpusReports.Names.Count(n => CorpusReports.Check(n).Run.Findings.Count == 0) >= 3, "fewer than 3 clean reports");
        Assert.True(CorpusReports.Names.Count >= 17);
    }

    [Fact]
    public void ChecksAreDeterministic()
    {
        var name = CorpusReports.Names[0];
        var first = Pipeline.DocChecker.Default.Check(Ingest.DocumentSource.FromFile(CorpusReports.DocxPath(name)));
        var second = Pipeline.DocChecker.Default.Check(Ingest.DocumentSource.FromFile(CorpusReports.DocxPath(name)));

        Assert.Equal(Json(first), Json(second));
    }

    private static string Json(Pipeline.CheckResult result)
    {
        using var stream = new MemoryStream();
        Pipeline.DocChecker.WriteNote(result, "json", stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
