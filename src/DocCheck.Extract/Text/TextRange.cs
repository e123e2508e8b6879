namespace DocCheck.Extract.Text;

/// <summary>A range [Start, Start + Length) of a normalised text.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    /// <summary>The position just after the range.</summary>
    public int End => Start + Length;

    /// <summary>Whether a position lies within the range.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>The text of the range.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
