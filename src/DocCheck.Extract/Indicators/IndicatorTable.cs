using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>An indicator or scoring table as understood: its columns, indicators, groups and total row.</summary>
public sealed record IndicatorTable
{
    /// <summary>The table.</summary>
    public required TableBlock Table { get; init; }

    /// <summary>The row holding the header.</summary>
    public required int HeaderRow { get; init; }

    /// <summary>What each grid column holds.</summary>
    public required IReadOnlyDictionary<int, IndicatorColumn> Columns { get; init; }

    /// <summary>The indicators in table order.</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>Level-1 and level-2 groups in table order.</summary>
    public required IReadOnlyList<IndicatorGroup> Groups { get; init; }

    /// <summary>The total row's weight (总分 100), when printed.</summary>
    public PrintedNumber? DeclaredTotalWeight { get; init; }

    /// <summary>The row after the table's last indicator or total row: rows from here on are something else (a budget block).</summary>
    public int EndRow { get; init; } = int.MaxValue;

    /// <summary>The cell of <see cref="DeclaredTotalWeight"/>.</summary>
    public TableCell? DeclaredTotalWeightCell { get; init; }

    /// <summary>The total row's score, when printed.</summary>
    public PrintedNumber? TotalScore { get; init; }

    /// <summary>The cell of <see cref="TotalScore"/>.</summary>
    public TableCell? TotalScoreCell { get; init; }

    /// <summary>Whether the table has a column of the given meaning.</summary>
    public bool Has(IndicatorColumn column) => Columns.Values.Contains(column);

    /// <summary>Whether weights and scores are printed per indicator: a scoring table.</summary>
    public bool IsScored => Has(IndicatorColumn.Score) && (Has(IndicatorColumn.Weight) || Has(IndicatorColumn.Level1Weight));
}
