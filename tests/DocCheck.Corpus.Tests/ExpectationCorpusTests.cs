using System.Collections.Concurrent;
using DocCheck.Core.Findings;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Pipeline.Evaluation;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>
/// The reports written independently of the engine (corpus/independent: authors who had only the rule catalog,
/// the domain notes and issue #15) and the real published reports (corpus/real), each checked against the findings
/// its author wrote by hand before the engine ran on it (the <c>// expect:</c> lines). A finding the engine still
/// misses is listed with its reason in the folder's known-misses.txt: the test fails when a new one appears and
/// when a listed one is found again (then take it off the list).
/// </summary>
public sealed class ExpectationCorpusTests
{
    private static readonly ConcurrentDictionary<string, ExpectationScore> Scores = new();

    public static TheoryData<string, string> Reports
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (folder, name) in Names())
            {
                data.Add(folder, name);
            }

            return data;
        }
    }

    private static IEnumerable<(string Folder, string Name)> Names() =>
        new[] { "independent", "real" }.SelectMany(folder => Directory.GetFiles(RepoPaths.Of("corpus", folder, "sources"), "*.txt")
            .Order(StringComparer.Ordinal).Select(source => (folder, Path.GetFileNameWithoutExtension(source))));

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryExpectedFinding_IsFound_OrListedAsAKnownMiss(string folder, string name)
    {
        var score = ScoreOf(folder, name);
        var known = KnownMisses(folder).Where(k => k.Name == name).Select(k => k.Expectation).ToHashSet();
        var missed = score.Missed.Select(m => $"{m.RuleId} | {m.Key}").ToHashSet();

        Assert.True(missed.SetEquals(known),
            $"{folder}/{name}: missed now [{string.Join("; ", missed.Except(known))}], found again [{string.Join("; ", known.Except(missed))}]");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void AReportWithNothingWrong_GetsNoErrorAndNoWarning(string folder, string name)
    {
        var score = ScoreOf(folder, name);
        if (score.Report.Expected.Count > 0)
        {
            return;
        }

        Assert.DoesNotContain(score.Extra, f => f.Severity == Severity.Error);
        Assert.True(score.Extra.Count == 0, $"{folder}/{name}: {string.Join("; ", score.Extra.Select(f => f.RuleId + " " + f.Subject))}");
    }

    // Floors a little under what eval-corpus measures today (README, "Accuracy"): a drop below them is a regression.
    [Theory]
    [InlineData("independent", 0.97, 0.97)]
    [InlineData("real", 0.52, 0.82)]
    public void RecallAndPrecision_StayAboveTheirFloors(string folder, double recallFloor, double precisionFloor)
    {
        var scores = Names().Where(r => r.Folder == folder).Select(r => ScoreOf(r.Folder, r.Name)).ToList();
        var (recall, precision) = CorpusEvaluation.Totals(scores);

        Assert.True(recall >= recallFloor, $"{folder}: recall {recall:0.000} < {recallFloor}");
        Assert.True(precision >= precisionFloor, $"{folder}: precision {precision:0.000} < {precisionFloor}");
    }

    private static ExpectationScore ScoreOf(string folder, string name) =>
        Scores.GetOrAdd(folder + "/" + name, _ =>
        {
            var expected = ExpectedReport.Load(RepoPaths.Of("corpus", folder, "sources", name + ".txt"));
            var result = DocChecker.Default.Check(DocumentSource.FromFile(RepoPaths.Of("corpus", folder, "docx", name + ".docx")));
            return ExpectationScore.Score(expected, result.Run.Findings);
        });

    /// <summary>Lines "name | rule | key | why" of known-misses.txt.</summary>
    private static List<(string Name, string Expectation)> KnownMisses(string folder)
    {
        var path = RepoPaths.Of("corpus", folder, "known-misses.txt");
        return !File.Exists(path) ? [] : File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => (p[0], $"{p[1]} | {p[2]}"))
            .ToList();
    }
}
