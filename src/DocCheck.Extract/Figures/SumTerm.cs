using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>One term of a stated sum: a printed number, what it is called, where it is, and its sign.</summary>
public sealed record SumTerm(PrintedNumber Number, string Label, Anchor Anchor, int Sign = 1);
