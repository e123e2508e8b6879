using DocCheck.Core.Documents;

namespace DocCheck.Extract.Sections;

/// <summary>The report's headings mapped onto the standard outline that applies to it.</summary>
/// <param name="Kind">The kind of report.</param>
/// <param name="Outline">The outline that applies (empty for a table on its own).</param>
/// <param name="Found">Per standard section id, the first heading that stands for it.</param>
/// <param name="SectionOfBlock">Per block index, the id of the standard section it sits in (null before any).</param>
/// <param name="HeadingCount">How many headings the report has.</param>
public sealed record SectionMap(
    ReportKind Kind,
    IReadOnlyList<StandardSection> Outline,
    IReadOnlyDictionary<string, ParagraphBlock> Found,
    IReadOnlyList<string?> SectionOfBlock,
    int HeadingCount)
{
    /// <summary>The standard sections of the outline that no heading stands for.</summary>
    public IEnumerable<StandardSection> Missing => Outline.Where(s => !Found.ContainsKey(s.Id));

    /// <summary>Whether a block sits in one of the given standard sections.</summary>
    public bool IsIn(int blockIndex, params string[] sectionIds) =>
        blockIndex >= 0 && blockIndex < SectionOfBlock.Count && SectionOfBlock[blockIndex] is { } id && sectionIds.Contains(id);
}
