namespace DocCheck.Extract.Figures;

/// <summary>A total the report states together with the parts it lists for it.</summary>
/// <param name="Subject">What is summed (支出明细, 资金来源, a column's header).</param>
/// <param name="Kind">Where the statement comes from.</param>
/// <param name="Total">The stated total.</param>
/// <param name="Parts">The listed parts, signed.</param>
public sealed record SumStatement(string Subject, SumKind Kind, SumTerm Total, IReadOnlyList<SumTerm> Parts)
{
    /// <summary>
    /// Other ways to read which rows are the parts (a table's 其中 sub-rows counted or not); the total is consistent
    /// when any reading adds up to it.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SumTerm>> OtherReadings { get; init; } = [];

    /// <summary>
    /// Whether the total was taken from an earlier sentence (资金支出具体为：…, after the amount), not stated with the
    /// parts: then the parts may detail another amount the report states.
    /// </summary>
    public bool TotalFromEarlierSentence { get; init; }
}
