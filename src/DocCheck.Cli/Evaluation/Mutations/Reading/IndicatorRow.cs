using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>One indicator row of an indicator or scoring table, as its header says it is laid out.</summary>
internal sealed record IndicatorRow
{
    public required TableBlock Table { get; init; }

    public required int Row { get; init; }

    /// <summary>The level-1 group as printed (产出指标（50分）), empty when the table has none.</summary>
    public required string Level1 { get; init; }

    /// <summary>The level-2 group as printed, empty when the table has none.</summary>
    public required string Level2 { get; init; }

    public TableCell? Level1Cell { get; init; }

    public TableCell? Level2Cell { get; init; }

    public required TableCell NameCell { get; init; }

    public TableCell? TargetCell { get; init; }

    public TableCell? ActualCell { get; init; }

    public TableCell? WeightCell { get; init; }

    public TableCell? ScoreCell { get; init; }

    public TableCell? ReasonCell { get; init; }

    /// <summary>The name without a leading 指标1： mark.</summary>
    public string Name => ShortName(NameCell.Value);

    /// <summary>
    /// Whether this is the budget-execution row: named 预算执行率 / 资金执行率 / 执行率, stated as the formula
    /// (全年执行数/…), or under a level-1 group of its own (执行率指标（10分）) — not any rate with 执行 in it (政府采购执行率).
    /// </summary>
    public bool IsExecution =>
        Name is "执行率" or "项目执行率" || Name.Contains("预算执行率", StringComparison.Ordinal) || Name.Contains("资金执行率", StringComparison.Ordinal)
        || Name.Contains("执行数/", StringComparison.Ordinal)
        // A group of its own (预算执行（10分）) holds the rate, but a department's also holds 政府采购执行率 and 公用经费控制率.
        || ((Level1.Contains("执行率", StringComparison.Ordinal) || Level1.Contains("预算执行", StringComparison.Ordinal))
            && !Name.Contains("采购", StringComparison.Ordinal) && !Name.Contains("控制率", StringComparison.Ordinal) && !Name.Contains("结余", StringComparison.Ordinal));

    public NumberToken? Weight => WeightCell is null ? null : NumberScanner.Plain(WeightCell.Value);

    public NumberToken? Score => ScoreCell is null ? null : NumberScanner.Plain(ScoreCell.Value);

    /// <summary>Whether the row has its full weight as score.</summary>
    public bool HasFullScore => Weight is { } w && Score is { } s && s.Value == w.Value;

    /// <summary>How the actual compares with the target, when both are numbers in the same unit.</summary>
    public Attainment Attainment => Goal.Compare(this);

    /// <summary>An indicator's name without a leading 指标1： mark.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var colon = name.IndexOfAny(['：', ':']);
        return colon is > 0 and < 6 && name.StartsWith("指标", StringComparison.Ordinal) ? name[(colon + 1)..] : name;
    }
}
