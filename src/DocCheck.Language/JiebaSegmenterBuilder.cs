using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Language;

/// <summary>
/// Builds a <see cref="JiebaSegmenter"/>: the main dictionary, then user words (jieba's add_word / load_userdict /
/// del_word / suggest_freq semantics), then <see cref="Build"/> freezes it. Not thread-safe; used once.
/// </summary>
public sealed partial class JiebaSegmenterBuilder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SegmenterEngine _engine;
    private readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal);
    private bool _built;

    private JiebaSegmenterBuilder(SegmenterEngine engine) => _engine = engine;

    /// <summary>Reads jieba's main dictionary and HMM tables.</summary>
    /// <exception cref="JiebaDataException">A file is unreadable or malformed.</exception>
    public static JiebaSegmenterBuilder FromData(JiebaData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            // The HMM tables (1.3 MB of Python literals) parse on another core while dict.txt is read.
            var hmmTask = Task.Run(() => HmmModel.Parse(
                File.ReadAllText(data.ProbStartPath), File.ReadAllText(data.ProbTransPath), File.ReadAllText(data.ProbEmitPath)));
            var dictionary = ReadMainDictionary(data.DictionaryPath);
            var hmm = hmmTask.GetAwaiter().GetResult();
            return new JiebaSegmenterBuilder(new SegmenterEngine(dictionary, hmm, new HashSet<string>(StringComparer.Ordinal)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or DecoderFallbackException)
        {
            throw new JiebaDataException($"jieba 数据无法读取（{data.Directory}）：{ex.Message}", ex);
        }
    }

    /// <summary>Sum of all frequencies (jieba's <c>total</c>).</summary>
    public long Total => _engine.Dictionary.Total;

    /// <summary>
    /// jieba's add_word: sets the word's frequency (suggested by <see cref="SuggestFrequency(string)"/> when null) and adds it
    /// to the total without subtracting an earlier frequency of the same word, as jieba does. Frequency 0 also makes the
    /// HMM split the word into characters (del_word).
    /// </summary>
    public void AddWord(string word, long? frequency = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ThrowIfBuilt();
        var freq = frequency ?? SuggestFrequency(word);
        ArgumentOutOfRangeException.ThrowIfNegative(freq, nameof(frequency));
        _engine.Dictionary.Set(word, freq);
        if (!string.IsNullOrEmpty(tag))
        {
            _tags[word] = tag;
        }

        if (freq == 0)
        {
            _engine.ForceSplit.Add(word);
        }
    }

    /// <summary>jieba's del_word: <c>add_word(word, 0)</c>.</summary>
    public void DeleteWord(string word) => AddWord(word, 0);

    /// <summary>
    /// jieba's <c>suggest_freq(word)</c>: the smallest frequency that keeps the word whole (without the HMM), from the
    /// product of its current pieces' probabilities, at least its current frequency.
    /// </summary>
    public long SuggestFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var dictionary = _engine.Dictionary;
        var total = (double)dictionary.Total;
        var pieces = new List<string>();
        _engine.Cut(word, SegmentMode.NoHmm, pieces);
        var probability = 1.0;
        foreach (var piece in pieces)
        {
            probability *= (dictionary.Get(piece) ?? 1) / total;
        }

        return Math.Max((long)(probability * dictionary.Total) + 1, dictionary.Get(word) ?? 1);
    }

    /// <summary>
    /// jieba's <c>suggest_freq(segments)</c>: the largest frequency of the joined word that still lets it be cut into
    /// <paramref name="segments"/>, at most its current frequency.
    /// </summary>
    public long SuggestFrequency(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var dictionary = _engine.Dictionary;
        var total = (double)dictionary.Total;
        var probability = 1.0;
        foreach (var segment in segments)
        {
            probability *= (dictionary.Get(segment) ?? 1) / total;
        }

        return Math.Min((long)(probability * dictionary.Total), dictionary.Get(string.Concat(segments)) ?? 0);
    }

    /// <summary>
    /// jieba's load_userdict: UTF-8 lines <c>word [freq] [tag]</c> (<c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> after stripping
    /// ASCII white space and a BOM); a missing frequency is suggested. <paramref name="name"/> names the source in errors.
    /// </summary>
    /// <exception cref="JiebaDataException">The file is not UTF-8.</exception>
    public void LoadUserDictionary(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ThrowIfBuilt();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        var lineNumber = 0;
        while (!bytes.IsEmpty)
        {
            lineNumber++;
            var newline = bytes.IndexOf((byte)'\n');
            var raw = newline < 0 ? bytes : bytes[..newline];
            bytes = newline < 0 ? [] : bytes[(newline + 1)..];
            string line;
            try
            {
                line = StrictUtf8.GetString(PythonText.StripAscii(raw)).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException ex)
            {
                throw new JiebaDataException(string.Create(CultureInfo.InvariantCulture, $"用户词典 {name} 第 {lineNumber} 行不是 UTF-8 编码"), ex);
            }

            if (line.Length == 0)
            {
                continue;
            }

            var match = UserDictionaryLine().Match(line);
            var word = match.Groups[1].Value;
            long? frequency = match.Groups[2].Success
                ? long.Parse(match.Groups[2].ValueSpan.Trim(), NumberStyles.None, CultureInfo.InvariantCulture)
                : null;
            AddWord(word, frequency, match.Groups[3].Success ? match.Groups[3].Value.Trim() : null);
        }
    }

    /// <summary>Loads a user dictionary file (see <see cref="LoadUserDictionary(Stream, string)"/>).</summary>
    public void LoadUserDictionary(string path)
    {
        using var stream = File.OpenRead(path);
        LoadUserDictionary(stream, path);
    }

    /// <summary>Loads DocCheck's domain dictionary (the embedded Data/domain-dict.txt).</summary>
    public void AddDomainDictionary()
    {
        using var stream = DomainWords.Open();
        LoadUserDictionary(stream, DomainWords.ResourceName);
    }

    /// <summary>Freezes the dictionary into a thread-safe segmenter; the builder cannot be used afterwards.</summary>
    public JiebaSegmenter Build(TimeSpan loadTime = default)
    {
        ThrowIfBuilt();
        _built = true;
        return new JiebaSegmenter(_engine, new Dictionary<string, string>(_tags, StringComparer.Ordinal), loadTime);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The segmenter has been built; create a new builder to change its dictionary.");
        }
    }

    /// <summary>
    /// jieba's gen_pfdict: each line is stripped (ASCII white space, as bytes.strip), split at spaces; the first field
    /// is the word, the second its integer frequency. A repeated word keeps its last frequency; both count in the total.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PrefixDictionary ReadMainDictionary(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var dictionary = new PrefixDictionary(expectedNodes: Math.Max(1024, bytes.Length / 8));
        var chars = new char[256];
        var previous = new char[256];
        var previousLength = 0;
        var nodes = new int[256];
        var rest = bytes.AsSpan();
        var lineNumber = 0;
        while (!rest.IsEmpty)
        {
            lineNumber++;
            var newline = rest.IndexOf((byte)'\n');
            var line = PythonText.StripAscii(newline < 0 ? rest : rest[..newline]);
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            var space = line.IndexOf((byte)' ');
            if (space <= 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"invalid dictionary entry in {path} at line {lineNumber}"));
            }

            var afterWord = line[(space + 1)..];
            var nextSpace = afterWord.IndexOf((byte)' ');
            var frequencyField = nextSpace < 0 ? afterWord : afterWord[..nextSpace];
            if (!long.TryParse(frequencyField, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var frequency) || frequency < 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"invalid dictionary entry in {path} at line {lineNumber}"));
            }

            var wordBytes = line[..space];
            if (chars.Length < wordBytes.Length)
            {
                chars = new char[wordBytes.Length * 2];
                Array.Resize(ref previous, chars.Length);
                Array.Resize(ref nodes, chars.Length);
            }

            var length = StrictUtf8.GetChars(wordBytes, chars);
            var word = chars.AsSpan(0, length);
            var known = word.CommonPrefixLength(previous.AsSpan(0, previousLength));
            dictionary.Set(word, known, nodes, frequency);
            word.CopyTo(previous);
            previousLength = length;
        }

        return dictionary;
    }

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserDictionaryLine();
}
