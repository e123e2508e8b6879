using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>A grade the report claims (评价等级为“优”, a ticked box ☑优).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Printed">The grade word as printed.</param>
/// <param name="Anchor">Where it is claimed.</param>
public sealed record GradeClaim(Grade Grade, string Printed, Anchor Anchor);
