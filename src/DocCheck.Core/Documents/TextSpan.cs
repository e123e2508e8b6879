namespace DocCheck.Core.Documents;

/// <summary>A range of UTF-16 positions within the original text of one block or cell.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The position just after the span.</summary>
    public int End => Start + Length;
}
