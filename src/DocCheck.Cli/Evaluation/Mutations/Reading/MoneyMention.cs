using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>A money figure printed in a paragraph or a table cell, with its role.</summary>
/// <param name="Role">What the figure is.</param>
/// <param name="Token">The number, positioned in <see cref="Text"/>.</param>
/// <param name="Scale">Yuan per printed unit (10 000 for 万元), from the figure's own unit or its table's header.</param>
/// <param name="Paragraph">The paragraph it is in, when in prose.</param>
/// <param name="Cell">The cell it is in, when in a table.</param>
internal sealed record MoneyMention(FigureRole Role, NumberToken Token, decimal Scale, ParagraphBlock? Paragraph, TableCell? Cell)
{
    /// <summary>The text the token is positioned in.</summary>
    public string Text => Paragraph?.Text.Value ?? Cell?.Value ?? string.Empty;

    /// <summary>The value in 元.</summary>
    public decimal Yuan => Token.Value * Scale;

    /// <summary>The rounding the printed value allows, in 元.</summary>
    public decimal HalfUlpYuan => Token.HalfUlp * Scale;

    /// <summary>The number as printed (digits only).</summary>
    public string Printed => Token.Digits(Text);

    /// <summary>Where the figure is, for an edit.</summary>
    public EditTarget Target => Paragraph is { } p ? ParagraphTarget.Of(p)
        : Cell is { } c ? CellTarget.Of(c) : throw new InvalidOperationException("A money mention is in a paragraph or a cell.");
}
