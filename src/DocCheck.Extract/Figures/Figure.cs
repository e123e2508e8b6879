using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>A key money figure with its role, as stated in one place of the report.</summary>
/// <param name="Role">What the figure is.</param>
/// <param name="Number">The printed number.</param>
/// <param name="Label">The words that gave the role (实际支出, 计划投资额（万元）).</param>
/// <param name="Anchor">Where it is stated.</param>
/// <param name="InTable">Whether it comes from a table cell.</param>
public sealed record Figure(FigureRole Role, PrintedNumber Number, string Label, Anchor Anchor, bool InTable);
