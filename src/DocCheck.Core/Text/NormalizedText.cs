namespace DocCheck.Core.Text;

/// <summary>
/// The normalised form of an original text (see <see cref="TextNormalizer"/>) together with the map back to
/// the original, so that a match found in the normalised form can be quoted exactly as printed.
/// </summary>
public sealed class NormalizedText
{
    private int[]? _originalStarts;

    internal NormalizedText(string original, string value, int[]? originalStarts)
    {
        Original = original;
        Value = value;
        _originalStarts = originalStarts;
    }

    /// <summary>The text as printed in the document.</summary>
    public string Original { get; }

    /// <summary>The normalised text used for extraction.</summary>
    public string Value { get; }

    /// <summary>An empty text.</summary>
    public static NormalizedText Empty { get; } = new(string.Empty, string.Empty, [0]);

    /// <summary>The original range that produced the normalised range [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The range runs past the end of the text.");
        }

        // The map back is built on first use: only quoted texts ever need it.
        var starts = _originalStarts ??= TextNormalizer.MapBack(Original, Value.Length);
        var originalStart = starts[start];
        var originalEnd = length == 0 ? originalStart : starts[start + length - 1] + 1;

        // A normalised character may stand for several original ones (a surrogate pair); take them all.
        while (originalEnd < Original.Length && char.IsLowSurrogate(Original[originalEnd]))
        {
            originalEnd++;
        }

        return (originalStart, originalEnd - originalStart);
    }

    /// <summary>The original text behind the normalised range [start, start + length).</summary>
    public string OriginalSlice(int start, int length)
    {
        var (originalStart, originalLength) = ToOriginal(start, length);
        return Original.Substring(originalStart, originalLength);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
