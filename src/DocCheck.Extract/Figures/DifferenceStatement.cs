namespace DocCheck.Extract.Figures;

/// <summary>
/// A table cell that states a difference of two other cells of its row (结余 = 到位 − 支出), read with the pair of
/// columns its table shows it to be.
/// </summary>
/// <param name="Name">What the cell is called (市级财政·结余).</param>
/// <param name="Stated">The stated difference.</param>
/// <param name="From">The amount subtracted from.</param>
/// <param name="Less">The amount subtracted.</param>
public sealed record DifferenceStatement(string Name, SumTerm Stated, SumTerm From, SumTerm Less);
