using DocCheck.Core.Text;

namespace DocCheck.Core.Documents;

/// <summary>A paragraph, with its outline label and level when it has them.</summary>
public sealed record ParagraphBlock(int Index, SourceLocation Location) : Block(Index, Location)
{
    /// <summary>The paragraph as a reader sees it: label (typed or rebuilt from numbering) followed by the text.</summary>
    public required NormalizedText Text { get; init; }

    /// <summary>The outline label, when the paragraph has one.</summary>
    public OutlineLabel? Label { get; init; }

    /// <summary>Where the label comes from.</summary>
    public LabelSource LabelSource { get; init; }

    /// <summary>The normalised text without its label.</summary>
    public required string Body { get; init; }

    /// <summary>1-based outline level for headings (from styles, numbering or the label kind).</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>Whether the paragraph is a heading (a section title) rather than running text.</summary>
    public bool IsHeading { get; init; }

    /// <summary>The paragraph style's name, when known.</summary>
    public string? StyleName { get; init; }
}
