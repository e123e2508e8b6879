using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>One indicator row of an indicator table, as understood: its groups, target, actual, weight and score.</summary>
public sealed record Indicator
{
    /// <summary>0-based grid row in the table.</summary>
    public required int Row { get; init; }

    /// <summary>The level-1 group (产出指标), without its weight mark.</summary>
    public required string Level1 { get; init; }

    /// <summary>The level-2 group (数量指标), empty when the table has none.</summary>
    public required string Level2 { get; init; }

    /// <summary>
    /// Whether <see cref="Level2"/> was filled by the indicator classifier because the table left the cell empty
    /// (the table's own label is then missing, not contradicted).
    /// </summary>
    public bool Level2Inferred { get; init; }

    /// <summary>The indicator's name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>The code a column of its own gives the row (指标编码 | … | 三级指标: C11), or null.</summary>
    public string? Code { get; init; }

    /// <summary>The name without a leading 指标1： mark, for messages.</summary>
    public string ShortName => IndicatorText.ShortName(Name);

    /// <summary>The cell holding the level-1 group's name, when the table has one.</summary>
    public TableCell? Level1Cell { get; init; }

    /// <summary>The cell holding the level-2 group's name, when the table has one.</summary>
    public TableCell? Level2Cell { get; init; }

    /// <summary>The cell holding the name.</summary>
    public required TableCell NameCell { get; init; }

    /// <summary>The target cell, when the table has a target column.</summary>
    public TableCell? TargetCell { get; init; }

    /// <summary>The actual-value cell, when the table has an actual column.</summary>
    public TableCell? ActualCell { get; init; }

    /// <summary>The weight cell.</summary>
    public TableCell? WeightCell { get; init; }

    /// <summary>The score cell.</summary>
    public TableCell? ScoreCell { get; init; }

    /// <summary>The deviation-reason cell.</summary>
    public TableCell? ReasonCell { get; init; }

    /// <summary>The target's text with any separate comparator and unit columns folded in.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The actual value's text (unit column folded in).</summary>
    public string Actual { get; init; } = string.Empty;

    /// <summary>The weight, when printed.</summary>
    public PrintedNumber? Weight { get; init; }

    /// <summary>The score, when printed.</summary>
    public PrintedNumber? Score { get; init; }

    /// <summary>The deviation reason, empty when none.</summary>
    public string Reason => ReasonCell?.Value ?? string.Empty;

    /// <summary>Whether this is the budget-execution row (预算执行率).</summary>
    public bool IsExecutionRate { get; init; }

    private Assessment? _assessment;

    /// <summary>How the actual value compares with the target, computed on first use.</summary>
    public Assessment Assessment => _assessment ??= IndicatorAssessor.Compare(this);
}
