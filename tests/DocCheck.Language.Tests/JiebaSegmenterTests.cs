namespace DocCheck.Language.Tests;

/// <summary>One test per mechanism of jieba's cut; expected tokens are what Python jieba 0.42.1 yields.</summary>
public sealed class JiebaSegmenterTests
{
    private static JiebaSegmenter Jieba => JiebaTestData.JiebaOnly;

    [Fact]
    public void Route_TieGoesToTheLongerWord_AsPythonsMaxOverProbabilityAndIndex()
    {
        using var data = new TinyData("丙 3\n甲乙 3\n乙丙 2\n甲乙丙 1\n");
        var segmenter = JiebaSegmenter.Load(data.Options);

        // 甲乙|丙 and 甲乙丙 have the same log probability, bit for bit, as jieba computes them (total 9).
        var logTotal = Math.Log(9);
        Assert.Equal(Math.Log(3) - logTotal + (Math.Log(3) - logTotal + 0), Math.Log(1) - logTotal + 0);
        Assert.Equal(["甲乙丙"], segmenter.Cut("甲乙丙", SegmentMode.NoHmm));
        Assert.Equal(["甲乙丙"], segmenter.Cut("甲乙丙"));
    }

    [Fact]
    public void Route_PrefersDictionaryWords()
    {
        Assert.Equal(["我", "来到", "北京", "清华大学"], Jieba.Cut("我来到北京清华大学"));
    }

    [Fact]
    public void Hmm_JoinsUnknownNames_AndNoHmmLeavesThemSingle()
    {
        Assert.Equal(["他", "叫", "李小福", "和", "陈港生"], Jieba.Cut("他叫李小福和陈港生"));
        Assert.Equal(["他", "叫", "李", "小", "福", "和", "陈", "港", "生"], Jieba.Cut("他叫李小福和陈港生", SegmentMode.NoHmm));
    }

    [Fact]
    public void Hmm_CharactersWithoutEmissions_FollowJiebasTieBreaking()
    {
        // 丄丅丏両 are in neither dict.txt nor prob_emit: every state scores MIN_FLOAT and ties decide.
        Assert.Equal(["丄", "丅", "丏", "両"], Jieba.Cut("丄丅丏両"));
        Assert.Equal(["丄", "小", "福", "丅", "丏"], Jieba.Cut("丄小福丅丏"));
    }

    [Fact]
    public void Hmm_SplitsNumbersAndPercentagesAsFinalsegsReSkip()
    {
        Assert.Equal(["李小福", "2.5%", "人"], Jieba.Cut("李小福2.5%人"));
        Assert.Equal(["增长", "3.5%", "和", "v1.2", ".", "3", "版本"], Jieba.Cut("增长3.5%和v1.2.3版本"));
    }

    [Fact]
    public void FullMode_ListsEveryDictionaryWord()
    {
        Assert.Equal(["我", "来到", "北京", "清华", "清华大学", "华大", "大学"], Jieba.Cut("我来到北京清华大学", SegmentMode.Full));
    }

    [Fact]
    public void FullMode_YieldsTheEmptyPiecesAroundWhiteSpace_LikeJieba()
    {
        Assert.Equal(["", " ", "", "a", "", " ", "", " ", "", "b", "，"], Jieba.Cut(" a  b，", SegmentMode.Full));
    }

    [Fact]
    public void SearchMode_EmitsDictionaryGramsBeforeEachWord()
    {
        Assert.Equal(
            ["小明", "硕士", "毕业", "于", "中国", "科学", "学院", "科学院", "中国科学院", "计算", "计算所", "，", "后", "在", "日本", "京都", "大学", "日本京都大学", "深造"],
            Jieba.Cut("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", SegmentMode.Search));
    }

    [Fact]
    public void SurrogatePairs_AreOneCodePoint_InTokensAndOffsets()
    {
        Assert.Equal(["😀", "表情", "𠀀", "汉字"], Jieba.Cut("😀表情𠀀汉字"));
        Assert.Equal(["ab", "😀😀"], Jieba.Cut("ab😀😀", SegmentMode.Full));
        Assert.Equal(
            [new SegmentToken("😀", 0, 1), new SegmentToken("中国", 1, 3), new SegmentToken("人民", 3, 5)],
            Jieba.Tokenize("😀中国人民"));
    }

    [Fact]
    public void TokenizeSearch_GivesGramsTheirOwnOffsets()
    {
        Assert.Equal(
            [
                new SegmentToken("中华", 0, 2), new SegmentToken("华人", 1, 3), new SegmentToken("人民", 2, 4),
                new SegmentToken("共和", 4, 6), new SegmentToken("共和国", 4, 7), new SegmentToken("中华人民共和国", 0, 7),
                new SegmentToken("😀", 7, 8),
            ],
            Jieba.Tokenize("中华人民共和国😀", SegmentMode.Search));
    }

    [Fact]
    public void PythonWhiteSpace_IncludesTheInformationSeparators()
    {
        // Python's \s matches U+001C–U+001F (so full mode splits there); U+180E is not white space in either.
        Assert.Equal(["，", "\u001c", "。"], Jieba.Cut("，\u001c。", SegmentMode.Full));
        Assert.Equal(["，", "\u00a0", "。"], Jieba.Cut("，\u00a0。", SegmentMode.Full));
        Assert.Equal(["，\u180e。"], Jieba.Cut("，\u180e。", SegmentMode.Full));
        Assert.Equal(["a", "\u001f", "b", "\r\n", "c"], Jieba.Cut("a\u001fb\r\nc"));
    }

    [Fact]
    public void PythonText_IsSpace_IsPythonsStrIsSpace()
    {
        // [hex(c) for c in range(0x110000) if chr(c).isspace()] on Python 3.11 (only BMP characters qualify).
        int[] python =
        [
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
            0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        var ours = Enumerable.Range(0, 0x10000).Where(c => PythonText.IsSpace((char)c)).ToArray();
        Assert.Equal(python, ours);
    }

    [Fact]
    public void Frequency_DistinguishesWordsPrefixesAndUnknownStrings()
    {
        Assert.Equal(34488, Jieba.Frequency("北京"));
        Assert.Null(Jieba.Frequency("一链"));
        Assert.Equal(60101967, Jieba.Total);
    }

    [Fact]
    public void Cut_IsSafeOnOddInput()
    {
        Assert.Empty(Jieba.Cut(string.Empty));
        Assert.Equal(["\ud800", "中国"], Jieba.Cut("\ud800中国"));
        Assert.Equal(["e", "\u0301"], Jieba.Cut("e\u0301"));
    }
}
