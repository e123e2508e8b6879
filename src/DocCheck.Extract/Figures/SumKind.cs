namespace DocCheck.Extract.Figures;

/// <summary>Where a stated total and its parts come from.</summary>
public enum SumKind
{
    /// <summary>A total in running text followed by its items (具体为：…、…).</summary>
    Breakdown,

    /// <summary>A table's 合计 / 小计 row against the rows above it.</summary>
    TableTotalRow,

    /// <summary>A total in a table against the 其中 rows below it (fund sources).</summary>
    TableSources,

    /// <summary>A budget changed during the year: initial − recovered − transferred + added = adjusted.</summary>
    Adjustment,
}
