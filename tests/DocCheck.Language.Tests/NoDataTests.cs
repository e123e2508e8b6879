namespace DocCheck.Language.Tests;

/// <summary>Without jieba's data nothing crashes: loading reports one Chinese sentence saying what to install.</summary>
public sealed class NoDataTests
{
    [Fact]
    public void TryLoad_WithoutData_ReturnsAChineseProblem()
    {
        var empty = Path.Combine(Path.GetTempPath(), "doccheck-no-jieba-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var options = new JiebaOptions { DataDirectory = empty };
            Assert.False(JiebaSegmenter.TryLoad(options, out var segmenter, out var problem));
            Assert.Null(segmenter);
            Assert.StartsWith("未找到 jieba 词典（python3-jieba）", problem, StringComparison.Ordinal);
            Assert.Contains(empty, problem, StringComparison.Ordinal);
            Assert.Contains(JiebaOptions.DataDirectoryVariable, problem, StringComparison.Ordinal);
            Assert.Throws<JiebaDataException>(() => JiebaSegmenter.Load(options));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void TryLoad_WithAMissingHmmTable_NamesIt()
    {
        using var data = new TinyData("中国 10\n");
        File.Delete(Path.Combine(data.Root, "finalseg", "prob_emit.py"));
        Assert.False(JiebaSegmenter.TryLoad(data.Options, out _, out var problem));
        Assert.Contains("prob_emit.py", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_WithABrokenDictionary_ReportsIt()
    {
        using var data = new TinyData("中国 10\n人民 many\n");
        Assert.False(JiebaSegmenter.TryLoad(data.Options, out _, out var problem));
        Assert.Contains("jieba 数据无法读取", problem, StringComparison.Ordinal);
        Assert.Contains("line 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_WithoutIdf_AreUnavailable_ButCuttingWorks()
    {
        using var data = new TinyData("中国 10\n人民 5\n");
        var segmenter = JiebaSegmenter.Load(data.Options);
        Assert.Equal(["中国", "人民"], segmenter.Cut("中国人民"));
        Assert.False(TfidfKeywordExtractor.TryLoad(segmenter, data.Options, out var extractor, out var problem));
        Assert.Null(extractor);
        Assert.Contains("idf.txt", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DataDirectory_Option_OverridesTheEnvironmentAndDebiansPath()
    {
        Assert.Equal("/some/where", new JiebaOptions { DataDirectory = "/some/where" }.ResolveDataDirectory());
        var fromEnvironment = Environment.GetEnvironmentVariable(JiebaOptions.DataDirectoryVariable);
        Assert.Equal(
            string.IsNullOrWhiteSpace(fromEnvironment) ? JiebaOptions.DebianDataDirectory : fromEnvironment,
            new JiebaOptions().ResolveDataDirectory());
    }

    [Fact]
    public void TryGetShared_WithData_ReturnsOneInstance_AndReportsNothing()
    {
        _ = JiebaTestData.WithDomain; // fails or skips with the reason when the data is missing
        var reported = new List<string>();
        Assert.True(JiebaSegmenter.TryGetShared(out var first, reported.Add));
        Assert.True(JiebaSegmenter.TryGetShared(out var second, reported.Add));
        Assert.Same(first, second);
        Assert.Empty(reported);
    }
}
