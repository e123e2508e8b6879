using DocCheck.Testing;

namespace DocCheck.Language.Tests;

/// <summary>jieba.analyse.extract_tags: weights bit for bit, Python's stable order for ties.</summary>
public sealed class TfidfKeywordExtractorTests
{
    private static readonly Lazy<TfidfKeywordExtractor?> Extractor = new(() =>
        TfidfKeywordExtractor.TryLoad(JiebaTestData.JiebaOnly, JiebaOptions.JiebaOnly, out var extractor, out _) ? extractor : null);

    private static TfidfKeywordExtractor Keywords => Extractor.Value ?? throw new InvalidOperationException("analyse/idf.txt missing");

    [Fact]
    public void Extract_WeightsByTermFrequencyTimesIdf_LikeJieba()
    {
        var keywords = Keywords.Extract("预算执行率为91.86%，资金到位率100%，预算执行率较上年提高。", 5);
        Assert.Equal(
            [
                new Keyword("预算", 1.2012256639516667), new Keyword("率为", 0.9962306252416666),
                new Keyword("91.86%", 0.9962306252416666), new Keyword("100%", 0.9962306252416666),
                new Keyword("率较", 0.9962306252416666),
            ],
            keywords);
    }

    [Fact]
    public void Extract_DropsSingleCodePointsAndStopWords()
    {
        var words = Keywords.Extract("😀😀😀 the The AND 预算 预算", 0).Select(k => k.Word).ToList();
        Assert.Equal(["预算"], words);
    }

    [Fact]
    public void Extract_OfEachCorpusReport_MatchesPythonJieba()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "sources"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var texts = files.Select(File.ReadAllText).ToList();
        var (expected, _) = PythonJieba.Run(texts, "keywords", top: 20);
        for (var i = 0; i < texts.Count; i++)
        {
            var python = expected[i]!.AsArray().Select(k => new Keyword(k![0]!.GetValue<string>(), k[1]!.GetValue<double>())).ToList();
            Assert.True(python.SequenceEqual(Keywords.Extract(texts[i])), $"{Path.GetFileName(files[i])}: {string.Join(", ", python)}");
        }
    }
}
