using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// The budget-execution row of a self-evaluation table's top block (分值 | 执行率 | 得分), or the 执行率 row
/// of an indicator table: what the report scored for spending its budget.
/// </summary>
/// <param name="Weight">分值 of the row, when printed.</param>
/// <param name="Rate">执行率 as printed, when printed.</param>
/// <param name="Score">得分 as printed, when printed.</param>
/// <param name="Label">The row's label.</param>
/// <param name="WeightAnchor">Where the weight is.</param>
/// <param name="RateAnchor">Where the rate is.</param>
/// <param name="ScoreAnchor">Where the score is.</param>
public sealed record BudgetExecution(
    PrintedNumber? Weight,
    PrintedNumber? Rate,
    PrintedNumber? Score,
    string Label,
    Anchor? WeightAnchor,
    Anchor? RateAnchor,
    Anchor? ScoreAnchor);
