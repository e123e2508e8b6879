using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>A body paragraph, by its block index.</summary>
/// <param name="Block">0-based block index in reading order.</param>
/// <param name="Paragraph">1-based paragraph number (as in locations), for matching evidence.</param>
internal sealed record ParagraphTarget(int Block, int Paragraph = 0) : EditTarget
{
    public override string Ref => Paragraph > 0 ? $"P{Paragraph}" : $"B{Block + 1}";

    /// <summary>The target of a paragraph as read.</summary>
    public static ParagraphTarget Of(ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return new ParagraphTarget(paragraph.Index, paragraph.Location.Paragraph ?? 0);
    }
}
