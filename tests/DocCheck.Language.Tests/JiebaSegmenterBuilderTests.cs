namespace DocCheck.Language.Tests;

/// <summary>User words as jieba's add_word / load_userdict / del_word / suggest_freq treat them.</summary>
public sealed class JiebaSegmenterBuilderTests
{
    private static JiebaSegmenterBuilder NewBuilder()
    {
        _ = JiebaTestData.JiebaOnly; // fails or skips with the reason when the data is missing
        Assert.True(JiebaData.TryLocate(JiebaOptions.JiebaOnly, out var data, out _));
        return JiebaSegmenterBuilder.FromData(data!);
    }

    [Fact]
    public void AddWord_SetsTheFrequency_AndAddsItToTheTotalWithoutSubtractingTheOldOne()
    {
        var builder = NewBuilder();
        var before = builder.Total;
        builder.AddWord("北京", 5);
        var segmenter = builder.Build();
        Assert.Equal(5, segmenter.Frequency("北京"));
        Assert.Equal(before + 5, segmenter.Total);
    }

    [Fact]
    public void LoadUserDictionary_ReadsWordFrequencyAndTag_SuggestingMissingFrequencies()
    {
        var builder = NewBuilder();
        var before = builder.Total;
        var file = "\ufeff云计算 5\n创新办 3 i\n\n凱特琳 nz\n台中\n"u8.ToArray();
        builder.LoadUserDictionary(new MemoryStream(file), "test");
        var segmenter = builder.Build();

        Assert.Equal(5, segmenter.Frequency("云计算"));
        Assert.Equal(3, segmenter.Frequency("创新办"));
        Assert.Equal("i", segmenter.Tag("创新办"));
        Assert.Equal(1, segmenter.Frequency("凱特琳"));
        Assert.Equal("nz", segmenter.Tag("凱特琳"));
        Assert.Equal(69, segmenter.Frequency("台中")); // suggest_freq keeps an existing word's frequency …
        Assert.Equal(before + 5 + 3 + 1 + 69, segmenter.Total); // … and add_word adds it to the total again.
        Assert.Equal(
            ["李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家"],
            segmenter.Cut("李小福是创新办主任也是云计算方面的专家"));
    }

    [Fact]
    public void SuggestFrequency_OfSegments_LetsAWordBeCutApart()
    {
        var builder = NewBuilder();
        var frequency = builder.SuggestFrequency(["中", "将"]);
        Assert.Equal(494, frequency);
        builder.AddWord("中将", frequency);
        Assert.Equal(["如果", "放到", "post", "中", "将", "出错", "。"], builder.Build().Cut("如果放到post中将出错。", SegmentMode.NoHmm));
    }

    [Fact]
    public void AddWord_WithoutFrequency_SuggestsOneThatKeepsTheWordWhole()
    {
        var builder = NewBuilder();
        Assert.Equal(["一链", "办", "资金", "到位率"], JiebaTestData.JiebaOnly.Cut("一链办资金到位率"));
        builder.AddWord("一链办");
        var segmenter = builder.Build();
        Assert.Equal(1, segmenter.Frequency("一链办"));
        Assert.Equal(["一链办", "资金", "到位率"], segmenter.Cut("一链办资金到位率"));
    }

    [Fact]
    public void DeleteWord_ForbidsTheWordInTheHmmToo()
    {
        var builder = NewBuilder();
        builder.DeleteWord("李小福");
        Assert.Equal(["他", "叫", "李", "小", "福", "和", "陈港生"], builder.Build().Cut("他叫李小福和陈港生"));
    }

    [Fact]
    public void Build_FreezesTheBuilder()
    {
        var builder = NewBuilder();
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.AddWord("词"));
    }

    [Fact]
    public void LoadUserDictionary_RejectsText_ThatIsNotUtf8()
    {
        var builder = NewBuilder();
        var gbk = new byte[] { 0xD4, 0xC6, 0xBC, 0xC6, 0xCB, 0xE3, 0x20, 0x35, 0x0A };
        var error = Assert.Throws<JiebaDataException>(() => builder.LoadUserDictionary(new MemoryStream(gbk), "gbk.txt"));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainDictionary_HoldsTheFieldsTerms()
    {
        var words = DomainWords.Words();
        Assert.True(words.Count >= 100, $"{words.Count} terms");
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("预算执行率", words);
        Assert.Contains("一链办", words);
        Assert.All(words, w => Assert.True(w.Length >= 2, w));
    }
}
