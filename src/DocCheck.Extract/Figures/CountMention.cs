using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>A count stated in the report (完成52所学校, 新建改造集中供水工程17处), with the words around it.</summary>
/// <param name="Number">The count as printed, with its measure word.</param>
/// <param name="Context">What the count is of: the two characters after it and those before it, space-separated.</param>
/// <param name="Anchor">Where it is stated.</param>
public sealed record CountMention(PrintedNumber Number, string Context, Anchor Anchor);
