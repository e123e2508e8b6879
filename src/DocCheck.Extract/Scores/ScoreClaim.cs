using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>A total score the report claims.</summary>
/// <param name="Score">The printed score.</param>
/// <param name="Anchor">Where it is claimed.</param>
/// <param name="InTable">Whether it is a scoring table's total row rather than running text.</param>
public sealed record ScoreClaim(PrintedNumber Score, Anchor Anchor, bool InTable);
