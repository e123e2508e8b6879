namespace DocCheck.Extract.Text;

/// <summary>Splits normalised text into sentences and clauses, keeping positions.</summary>
public static class Splitter
{
    private const string SentenceEnds = "。！？!?;；\n";
    private const string ClauseEnds = "。！？!?;；\n，,：:";

    /// <summary>The characters that end a sentence, for finding one sentence's bounds around a position.</summary>
    internal static readonly char[] SentenceEndCharacters = SentenceEnds.ToCharArray();

    /// <summary>Where the sentence holding <paramref name="position"/> starts: just after the previous sentence end.</summary>
    internal static int SentenceStart(string text, int position) =>
        text.LastIndexOfAny(SentenceEndCharacters, Math.Max(0, Math.Min(position, text.Length) - 1)) + 1;

    // Extractors split the same paragraph many times; within a number-cache scope each text is split once.
    [ThreadStatic]
    private static Dictionary<string, (TextRange[]? Sentences, TextRange[]? Clauses)>? t_cache;

    /// <summary>Sentences: runs ending at 。！？；or a line break.</summary>
    public static IReadOnlyList<TextRange> Sentences(string text) => Cached(text, sentences: true);

    /// <summary>Clauses: sentences further split at commas and colons.</summary>
    public static IReadOnlyList<TextRange> Clauses(string text) => Cached(text, sentences: false);

    /// <summary>Remembers splits on this thread until the returned scope is disposed.</summary>
    public static IDisposable CacheScope()
    {
        var previous = t_cache;
        t_cache = new Dictionary<string, (TextRange[]?, TextRange[]?)>(ReferenceEqualityComparer.Instance);
        return new Scope(previous);
    }

    private static TextRange[] Cached(string text, bool sentences)
    {
        if (t_cache is not { } cache)
        {
            return Split(text, sentences ? SentenceEnds : ClauseEnds);
        }

        cache.TryGetValue(text, out var entry);
        if (sentences)
        {
            entry.Sentences ??= Split(text, SentenceEnds);
        }
        else
        {
            entry.Clauses ??= Split(text, ClauseEnds);
        }

        cache[text] = entry;
        return sentences ? entry.Sentences! : entry.Clauses!;
    }

    private sealed class Scope(Dictionary<string, (TextRange[]?, TextRange[]?)>? previous) : IDisposable
    {
        public void Dispose() => t_cache = previous;
    }

    /// <summary>The range among <paramref name="ranges"/> that contains <paramref name="position"/> (else the last one).</summary>
    public static TextRange Containing(IReadOnlyList<TextRange> ranges, int position)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return IndexContaining(ranges, position) is >= 0 and var index ? ranges[index] : ranges.Count > 0 ? ranges[^1] : default;
    }

    /// <summary>
    /// The index of the range that contains <paramref name="position"/>, or -1. Ranges from this splitter are in text
    /// order, so a binary search: a paragraph of a million characters has tens of thousands of clauses, and every
    /// number in it asks.
    /// </summary>
    public static int IndexContaining(IReadOnlyList<TextRange> ranges, int position)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var range = ranges[middle];
            if (range.Contains(position))
            {
                return middle;
            }

            if (position < range.Start)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return -1;
    }

    private static TextRange[] Split(string text, string ends)
    {
        // Count first, then fill: no growing list for every paragraph of every report.
        var count = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEnd(text, i, ends))
            {
                count += i + 1 > start ? 1 : 0;
                start = i + 1;
            }
        }

        count += start < text.Length ? 1 : 0;
        var ranges = new TextRange[count];
        var n = 0;
        start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEnd(text, i, ends))
            {
                if (i + 1 > start)
                {
                    ranges[n++] = new TextRange(start, i + 1 - start);
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            ranges[n] = new TextRange(start, text.Length - start);
        }

        return ranges;
    }

    // A comma between digits is a thousands separator, not a clause end.
    private static bool IsEnd(string text, int i, string ends) =>
        ends.Contains(text[i], StringComparison.Ordinal)
        && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
}
