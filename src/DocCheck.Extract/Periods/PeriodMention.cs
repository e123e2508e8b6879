using DocCheck.Extract.Text;

namespace DocCheck.Extract.Periods;

/// <summary>A period cited for figures that does not match the report's period.</summary>
/// <param name="Printed">The period as printed (2021年1-9月, 截至2022年10月底).</param>
/// <param name="Year">The year cited.</param>
/// <param name="LastMonth">The last month covered, for part-year periods.</param>
/// <param name="Issue">What is wrong with it.</param>
/// <param name="Anchor">The sentence citing it.</param>
public sealed record PeriodMention(string Printed, int Year, int? LastMonth, PeriodIssue Issue, Anchor Anchor);
