using System.Collections.Concurrent;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>The corpus reports (corpus/docx minus corpus/ignore.txt), each checked once per test run.</summary>
public static class CorpusReports
{
    private static readonly ConcurrentDictionary<string, CheckResult> Results = new();

    public static IReadOnlyList<string> Names { get; } = LoadNames();

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    public static string DocxPath(string name) => Path.Combine(RepoPaths.Corpus, "docx", name + ".docx");

    public static string SourcePath(string name) => Path.Combine(RepoPaths.Corpus, "sources", name + ".txt");

    public static string ExpectedPath(string name) => Path.Combine(RepoPaths.Corpus, "expected", name + ".findings.txt");

    public static CheckResult Check(string name) =>
        Results.GetOrAdd(name, n => DocChecker.Default.Check(DocumentSource.FromFile(DocxPath(n))));

    /// <summary>The reviewed form of a result: rule, subject and claimed value, tab-separated and sorted.</summary>
    public static string FindingKeys(CheckResult result) =>
        string.Join('\n', result.Run.Findings.Select(f => $"{f.RuleId}\t{f.Subject}\t{f.Claimed ?? "-"}").Order(StringComparer.Ordinal));

    private static List<string> LoadNames()
    {
        var ignorePath = Path.Combine(RepoPaths.Corpus, "ignore.txt");
        var ignored = File.Exists(ignorePath)
            ? File.ReadAllLines(ignorePath).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ', 2)[0]).ToHashSet()
            : [];
        return Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "docx"), "*.docx")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(n => !ignored.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
