namespace DocCheck.Language;

/// <summary>How <see cref="JiebaSegmenter"/> cuts text; the modes of jieba's <c>cut</c> and <c>cut_for_search</c>.</summary>
public enum SegmentMode
{
    /// <summary>Accurate mode with the HMM for unknown words: <c>jieba.cut(s)</c>.</summary>
    Default,

    /// <summary>Accurate mode without the HMM: <c>jieba.cut(s, HMM=False)</c>.</summary>
    NoHmm,

    /// <summary>Full mode, every dictionary word found: <c>jieba.cut(s, cut_all=True)</c>.</summary>
    Full,

    /// <summary>Search-engine mode, the 2- and 3-grams in the dictionary before each word: <c>jieba.cut_for_search(s)</c>.</summary>
    Search,
}
