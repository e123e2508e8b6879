using UglyToad.PdfPig.Content;

namespace DocCheck.Ingest.Pdf;

/// <summary>Letters on one baseline, left to right, with the text they make and where they are.</summary>
internal sealed class TextLine
{
    public required IReadOnlyList<Letter> Letters { get; init; }

    public required string Text { get; init; }

    public required Rect Box { get; init; }

    /// <summary>The typical font size of the line.</summary>
    public required double FontSize { get; init; }

    public required bool Bold { get; init; }

    public double Left => Box.Left;

    public double Right => Box.Right;

    public double Baseline { get; init; }
}
