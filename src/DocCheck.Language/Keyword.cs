namespace DocCheck.Language;

/// <summary>A keyword and its TF-IDF weight (term frequency share × idf).</summary>
/// <param name="Word">The word.</param>
/// <param name="Weight">count / total counted words × idf (median idf for words missing from idf.txt).</param>
public readonly record struct Keyword(string Word, double Weight);
