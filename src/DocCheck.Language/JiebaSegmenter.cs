using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace DocCheck.Language;

/// <summary>
/// A Chinese word segmenter that cuts exactly as Python jieba 0.42.1 does (same dictionary, same HMM, same ties),
/// reimplemented in C#: see <see cref="SegmenterEngine"/> for the algorithm. Immutable and thread-safe; build one
/// with <see cref="Load"/>, <see cref="TryLoad"/> or <see cref="JiebaSegmenterBuilder"/>, or share
/// <see cref="TryGetShared"/>'s. Lengths and offsets are in code points, as in Python.
/// </summary>
public sealed class JiebaSegmenter
{
    private static readonly Lazy<(JiebaSegmenter? Segmenter, string? Problem)> SharedInstance =
        new(() => TryLoad(JiebaOptions.Default, out var segmenter, out var problem) ? (segmenter, null) : (null, problem));

    private static int _sharedProblemReported;

    private readonly SegmenterEngine _engine;
    private readonly Dictionary<string, string> _tags;

    internal JiebaSegmenter(SegmenterEngine engine, Dictionary<string, string> tags, TimeSpan loadTime)
    {
        _engine = engine;
        _tags = tags;
        LoadTime = loadTime;
    }

    /// <summary>How long loading the dictionaries took (zero when built by hand without timing).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Sum of all word frequencies (jieba's <c>total</c>).</summary>
    public long Total => _engine.Dictionary.Total;

    internal SegmenterEngine Engine => _engine;

    /// <summary>Loads jieba's data (and the domain dictionary unless switched off).</summary>
    /// <exception cref="JiebaDataException">The data is missing or unreadable (a Chinese message saying what to do).</exception>
    public static JiebaSegmenter Load(JiebaOptions? options = null)
    {
        options ??= JiebaOptions.Default;
        var watch = Stopwatch.StartNew();
        if (!JiebaData.TryLocate(options, out var data, out var problem))
        {
            throw new JiebaDataException(problem!); // TryLocate sets a problem whenever it fails.
        }

        var builder = JiebaSegmenterBuilder.FromData(data!); // Not null when TryLocate succeeds.
        if (options.UseDomainDictionary)
        {
            builder.AddDomainDictionary();
        }

        foreach (var path in options.UserDictionaries)
        {
            try
            {
                builder.LoadUserDictionary(path);
            }
            catch (IOException ex)
            {
                throw new JiebaDataException($"用户词典 {path} 无法读取：{ex.Message}", ex);
            }
        }

        return builder.Build(watch.Elapsed);
    }

    /// <summary>Loads like <see cref="Load"/> but reports a missing or broken data set as <paramref name="problem"/>.</summary>
    public static bool TryLoad(JiebaOptions? options, [NotNullWhen(true)] out JiebaSegmenter? segmenter, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            segmenter = Load(options);
            problem = null;
            return true;
        }
        catch (JiebaDataException ex)
        {
            segmenter = null;
            problem = ex.Message;
            return false;
        }
    }

    /// <summary>
    /// The process-wide segmenter with the default options, loaded on first use. When the data is missing this returns
    /// false every time and hands the Chinese message to <paramref name="reportProblemOnce"/> the first time only, so that
    /// callers can log it once and carry on without segmentation.
    /// </summary>
    public static bool TryGetShared([NotNullWhen(true)] out JiebaSegmenter? segmenter, Action<string>? reportProblemOnce = null)
    {
        var (shared, problem) = SharedInstance.Value;
        segmenter = shared;
        if (shared is null && reportProblemOnce is not null && Interlocked.Exchange(ref _sharedProblemReported, 1) == 0)
        {
            reportProblemOnce(problem!); // A failed load always carries its problem.
        }

        return shared is not null;
    }

    /// <summary>Cuts a text into words: <c>jieba.lcut</c> / <c>lcut(HMM=False)</c> / <c>lcut(cut_all=True)</c> / <c>lcut_for_search</c>.</summary>
    /// <remarks>As in jieba, full mode also yields the empty pieces around white space.</remarks>
    public IReadOnlyList<string> Cut(string text, SegmentMode mode = SegmentMode.Default)
    {
        var tokens = new List<string>(text?.Length ?? 0);
        Cut(text!, mode, tokens); // Checked for null in the overload.
        return tokens;
    }

    /// <summary>Cuts a text into words, appended to <paramref name="tokens"/> (no other allocation per call).</summary>
    public void Cut(string text, SegmentMode mode, List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        _engine.Cut(text, mode, tokens);
    }

    /// <summary>
    /// <c>jieba.tokenize</c>: words with code-point offsets. <see cref="SegmentMode.Search"/> yields each word's grams
    /// first with their own offsets; <see cref="SegmentMode.Full"/> is not offered (jieba has no offsets for it).
    /// </summary>
    public IReadOnlyList<SegmentToken> Tokenize(string text, SegmentMode mode = SegmentMode.Default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode == SegmentMode.Full)
        {
            throw new ArgumentException("jieba.tokenize has no full mode", nameof(mode));
        }

        var words = new List<string>();
        _engine.Cut(text, mode == SegmentMode.NoHmm ? SegmentMode.NoHmm : SegmentMode.Default, words);
        var tokens = new List<SegmentToken>(words.Count);
        var grams = new List<string>();
        var start = 0;
        foreach (var word in words)
        {
            var width = PythonText.CodePointLength(word);
            if (mode == SegmentMode.Search)
            {
                _engine.AddSearchGrams(word, grams, tokens, start);
            }

            tokens.Add(new SegmentToken(word, start, start + width));
            start += width;
        }

        return tokens;
    }

    /// <summary>jieba's <c>FREQ.get(word)</c>: the frequency, 0 for a bare prefix, null for an unknown string.</summary>
    public long? Frequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _engine.Dictionary.Get(word);
    }

    /// <summary>The tag a user dictionary gave the word, if any (<c>user_word_tag_tab</c>).</summary>
    public string? Tag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _tags.GetValueOrDefault(word);
    }
}
