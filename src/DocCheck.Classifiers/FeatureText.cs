using DocCheck.Language;

namespace DocCheck.Classifiers;

/// <summary>
/// The text the models read: digits folded to 0 (95% and 98% are the same evidence), white space removed, then cut by
/// jieba and the words joined by spaces (ML.NET's FeaturizeText splits words on spaces only); the compact text alone
/// feeds the character 1–2-grams.
/// </summary>
public static class FeatureText
{
    /// <summary>Digits (ASCII and full-width) folded to 0, full-width ％≧≦＞＜ to their usual forms, spaces dropped.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            chars[n++] = c switch
            {
                >= '0' and <= '9' => '0',
                >= '０' and <= '９' => '0',
                '％' => '%',
                '≧' => '≥',
                '≦' => '≤',
                '＞' => '>',
                '＜' => '<',
                '＝' => '=',
                _ => c,
            };
        }

        return new string(chars, 0, n);
    }

    /// <summary>jieba's words of the normalised text, joined by single spaces.</summary>
    public static string Words(JiebaSegmenter segmenter, string normalized)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        return string.Join(' ', segmenter.Cut(normalized).Where(w => !string.IsNullOrWhiteSpace(w)));
    }
}
