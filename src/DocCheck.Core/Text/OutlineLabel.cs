namespace DocCheck.Core.Text;

/// <summary>An outline label such as <c>一、</c> or <c>（2）</c>, typed by hand or rebuilt from Word numbering.</summary>
/// <param name="Kind">The label's numbering kind.</param>
/// <param name="Ordinal">The number it stands for (一 → 1, ③ → 3).</param>
/// <param name="Printed">The label as printed, without the space after it.</param>
public sealed record OutlineLabel(OutlineLabelKind Kind, int Ordinal, string Printed)
{
    /// <summary>
    /// The outline level reports conventionally give this kind (1 = top). Reports mix kinds within one level
    /// (the seeds use 一、, 3、 and （3） for top-level sections), so treat this as a hint.
    /// </summary>
    public int DefaultLevel => Kind switch
    {
        OutlineLabelKind.Part => 1,
        OutlineLabelKind.ChineseComma => 1,
        OutlineLabelKind.ChineseParen => 2,
        OutlineLabelKind.ArabicDot => 3,
        OutlineLabelKind.ArabicParen => 4,
        _ => 5,
    };
}
