using DocCheck.Testing;

namespace DocCheck.Language.Tests;

/// <summary>
/// The segmenters the tests share: pure jieba data (parity) and jieba + domain dictionary. jieba's data comes from
/// python3-jieba; without it these tests fail, unless DOCCHECK_ALLOW_MISSING_JIEBA=1 lets them skip.
/// </summary>
internal static class JiebaTestData
{
    private static readonly Lazy<(JiebaSegmenter? Segmenter, string? Problem)> Pure = new(() => Load(JiebaOptions.JiebaOnly));
    private static readonly Lazy<(JiebaSegmenter? Segmenter, string? Problem)> Domain = new(() => Load(JiebaOptions.Default));

    /// <summary>jieba's own dictionary only.</summary>
    public static JiebaSegmenter JiebaOnly => Require(Pure.Value);

    /// <summary>jieba's dictionary with DocCheck's domain dictionary on top.</summary>
    public static JiebaSegmenter WithDomain => Require(Domain.Value);

    /// <summary>The text lines of ../shared/seeds and corpus/sources, as Python callers split them (on \n).</summary>
    public static IReadOnlyList<string> CorpusLines()
    {
        var files = new List<string>();
        var seeds = Path.Combine(RepoPaths.Root, "..", "shared", "seeds");
        if (Directory.Exists(seeds))
        {
            files.AddRange(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal));
        }

        files.AddRange(Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "sources"), "*.txt").Order(StringComparer.Ordinal));
        return [.. files.SelectMany(f => File.ReadAllText(f).Split('\n'))];
    }

    public static bool SeedsPresent => Directory.Exists(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));

    private static (JiebaSegmenter?, string?) Load(JiebaOptions options) =>
        JiebaSegmenter.TryLoad(options, out var segmenter, out var problem) ? (segmenter, null) : (null, problem);

    private static JiebaSegmenter Require((JiebaSegmenter? Segmenter, string? Problem) loaded)
    {
        if (loaded.Segmenter is not null)
        {
            return loaded.Segmenter;
        }

        var message = loaded.Problem + " (CI installs python3-jieba; DOCCHECK_ALLOW_MISSING_JIEBA=1 skips these tests.)";
        if (PythonJieba.MissingAllowed)
        {
            Assert.Skip(message);
        }

        Assert.Fail(message);
        return null!; // Assert.Fail throws.
    }
}
