namespace DocCheck.Extract.Figures;

/// <summary>A total the report states together with the parts it lists for it.</summary>
/// <param name="Subject">What is summed (支出明细, 资金来源, a column's header).</param>
/// <param name="Kind">Where the statement comes from.</param>
/// <param name="Total">The stated total.</param>
/// <param name="Parts">The listed parts, signed.</param>
public sealed record SumStatement(string Subject, SumKind Kind, SumTerm Total, IReadOnlyList<SumTerm> Parts);
