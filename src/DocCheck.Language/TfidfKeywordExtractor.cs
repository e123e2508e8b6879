using System.Globalization;
using System.Text;

namespace DocCheck.Language;

/// <summary>
/// jieba.analyse's <c>extract_tags</c> (TF-IDF, no part-of-speech filter): cut the text in default mode, drop words
/// shorter than 2 code points after stripping and jieba's English stop words, weight each remaining word by
/// <c>count × (idf / total)</c> with idf from analyse/idf.txt (the median idf for words it lacks), sort by weight
/// (stable: ties keep first-seen order) and keep the top N. Immutable and thread-safe.
/// </summary>
public sealed class TfidfKeywordExtractor
{
    /// <summary>jieba.analyse's default STOP_WORDS.</summary>
    public static IReadOnlySet<string> DefaultStopWords { get; } = new HashSet<string>(
        [
            "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with", "can",
            "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
        ],
        StringComparer.Ordinal);

    private readonly JiebaSegmenter _segmenter;
    private readonly Dictionary<string, double> _idf;
    private readonly IReadOnlySet<string> _stopWords;

    private TfidfKeywordExtractor(JiebaSegmenter segmenter, Dictionary<string, double> idf, double medianIdf, IReadOnlySet<string> stopWords)
    {
        _segmenter = segmenter;
        _idf = idf;
        MedianIdf = medianIdf;
        _stopWords = stopWords;
    }

    /// <summary>The idf given to words missing from idf.txt: <c>sorted(values)[len // 2]</c>.</summary>
    public double MedianIdf { get; }

    /// <summary>Reads idf.txt (<c>word idf</c> per line) from the data directory of <paramref name="options"/>.</summary>
    public static bool TryLoad(
        JiebaSegmenter segmenter, JiebaOptions? options, out TfidfKeywordExtractor? extractor, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        extractor = null;
        if (!JiebaData.TryLocate(options, out var data, out problem))
        {
            return false;
        }

        if (data!.IdfPath is null) // TryLocate returned data.
        {
            problem = JiebaData.MissingMessage(data.Directory, "analyse/idf.txt（关键词所需的逆文档频率表）");
            return false;
        }

        try
        {
            extractor = FromIdfFile(segmenter, data.IdfPath);
            return true;
        }
        catch (Exception ex) when (ex is IOException or FormatException or DecoderFallbackException)
        {
            problem = $"jieba 逆文档频率表 {data.IdfPath} 无法读取：{ex.Message}";
            return false;
        }
    }

    /// <summary>Builds an extractor from an idf file (jieba's IDFLoader format) and optional extra stop words.</summary>
    public static TfidfKeywordExtractor FromIdfFile(JiebaSegmenter segmenter, string idfPath, IEnumerable<string>? extraStopWords = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        var text = File.ReadAllText(idfPath, new UTF8Encoding(false, true));
        var idf = new Dictionary<string, double>(300_000, StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            // IDFLoader: line.strip().split(' ') must give exactly word and value.
            var line = PythonText.Strip(rawLine);
            if (line.IsEmpty)
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0 || line[(space + 1)..].Contains(' '))
            {
                throw new FormatException("bad idf line: " + line.ToString());
            }

            idf[line[..space].ToString()] = double.Parse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var values = idf.Values.ToArray();
        Array.Sort(values);
        var median = values.Length == 0 ? 0 : values[values.Length / 2];
        var stopWords = extraStopWords is null
            ? DefaultStopWords
            : new HashSet<string>(DefaultStopWords.Concat(extraStopWords), StringComparer.Ordinal);
        return new TfidfKeywordExtractor(segmenter, idf, median, stopWords);
    }

    /// <summary>The idf of a word (the median for unknown words).</summary>
    public double Idf(string word) => _idf.GetValueOrDefault(word, MedianIdf);

    /// <summary>The top <paramref name="top"/> keywords of a text, heaviest first (<paramref name="top"/> ≤ 0: all).</summary>
    public IReadOnlyList<Keyword> Extract(string text, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var word in _segmenter.Cut(text))
        {
            if (PythonText.CodePointLength(PythonText.Strip(word)) < 2 || _stopWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            if (counts.TryGetValue(word, out var count))
            {
                counts[word] = count + 1.0;
            }
            else
            {
                counts[word] = 1.0;
                order.Add(word);
            }
        }

        var total = 0.0;
        foreach (var word in order)
        {
            total += counts[word];
        }

        // freq[k] *= idf / total, in first-seen order; Python's sorted(reverse=True) is stable for equal weights.
        var keywords = order.Select(w => new Keyword(w, counts[w] * (Idf(w) / total))).OrderByDescending(k => k.Weight);
        return (top > 0 ? keywords.Take(top) : keywords).ToList();
    }
}
