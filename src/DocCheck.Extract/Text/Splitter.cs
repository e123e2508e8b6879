namespace DocCheck.Extract.Text;

/// <summary>Splits normalised text into sentences and clauses, keeping positions.</summary>
public static class Splitter
{
    private const string SentenceEnds = "。！？!?;；\n";
    private const string ClauseEnds = "。！？!?;；\n，,：:";

    /// <summary>Sentences: runs ending at 。！？；or a line break.</summary>
    public static IReadOnlyList<TextRange> Sentences(string text) => Split(text, SentenceEnds);

    /// <summary>Clauses: sentences further split at commas and colons.</summary>
    public static IReadOnlyList<TextRange> Clauses(string text) => Split(text, ClauseEnds);

    /// <summary>The range among <paramref name="ranges"/> that contains <paramref name="position"/>.</summary>
    public static TextRange Containing(IReadOnlyList<TextRange> ranges, int position)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        foreach (var range in ranges)
        {
            if (range.Contains(position))
            {
                return range;
            }
        }

        return ranges.Count > 0 ? ranges[^1] : default;
    }

    private static List<TextRange> Split(string text, string ends)
    {
        var ranges = new List<TextRange>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A comma between digits is a thousands separator, not a clause end.
            if (ends.Contains(text[i], StringComparison.Ordinal)
                && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
            {
                if (i + 1 > start)
                {
                    ranges.Add(new TextRange(start, i + 1 - start));
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            ranges.Add(new TextRange(start, text.Length - start));
        }

        return ranges;
    }
}
