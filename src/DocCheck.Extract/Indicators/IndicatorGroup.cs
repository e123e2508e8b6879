using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;

namespace DocCheck.Extract.Indicators;

/// <summary>A level-1 or level-2 group of indicators with the weight the table declares for it.</summary>
/// <param name="Level">1 or 2.</param>
/// <param name="Name">The group's name without its weight mark.</param>
/// <param name="Parent">For a level-2 group, its level-1 group's name.</param>
/// <param name="NameCell">The cell holding the name.</param>
/// <param name="Weight">The declared weight (a weight column, or 产出指标（50分）), when any.</param>
/// <param name="WeightCell">Where the weight is printed (the name cell for 产出指标（50分）).</param>
/// <param name="Members">The indicators of the group.</param>
public sealed record IndicatorGroup(
    int Level,
    string Name,
    string Parent,
    TableCell NameCell,
    PrintedNumber? Weight,
    TableCell? WeightCell,
    IReadOnlyList<Indicator> Members);
