namespace DocCheck.Language;

/// <summary>A token with its position, as <c>jieba.tokenize</c> yields it.</summary>
/// <param name="Word">The token text.</param>
/// <param name="Start">Start offset in code points (a surrogate pair counts once, like Python's <c>len</c>).</param>
/// <param name="End">End offset (exclusive), in code points.</param>
public readonly record struct SegmentToken(string Word, int Start, int End);
