using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>A rate the report states, with its numerator and denominator when the same sentence states them.</summary>
/// <param name="Kind">What the rate is.</param>
/// <param name="Name">The rate as named (预算执行率, 占比, 完成率).</param>
/// <param name="Stated">The printed rate.</param>
/// <param name="Anchor">Where it is stated.</param>
/// <param name="Numerator">For explicit rates, the numerator.</param>
/// <param name="Denominator">For explicit rates, the denominator.</param>
public sealed record RateStatement(RateKind Kind, string Name, PrintedNumber Stated, Anchor Anchor, SumTerm? Numerator = null, SumTerm? Denominator = null)
{
    /// <summary>
    /// Other numerator and denominator pairs the sentence offers for an explicit rate (培训2,046人次，考核合格1,813人…，
    /// 就业率56.2%: over the trainees or over those who passed); the rate is consistent when any pair gives it.
    /// </summary>
    public IReadOnlyList<(SumTerm Numerator, SumTerm Denominator)> OtherBases { get; init; } = [];

    /// <summary>
    /// Where the same sentence says the whole was reached (资金全部到位，到位率…): then the rate is 100 %.
    /// </summary>
    public Anchor? WholeStated { get; init; }
}
