using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Core.Text;

namespace DocCheck.Extract.Text;

/// <summary>
/// A place in the document that extracted facts point back to: a paragraph or cell, the range quoted
/// (a clause or a whole cell) and the range of interest within it (the number), in normalised positions.
/// </summary>
public sealed record Anchor(SourceLocation Location, NormalizedText Text, TextRange Quote, TextRange Focus)
{
    /// <summary>Longest quote kept around a number in running text.</summary>
    private const int MaxQuote = 80;

    /// <summary>The quote as printed in the original.</summary>
    public string QuoteText => Text.OriginalSlice(Quote.Start, Quote.Length).Trim();

    /// <summary>The focused text as printed (e.g. the number).</summary>
    public string FocusText => Text.OriginalSlice(Focus.Start, Focus.Length);

    /// <summary>An anchor on a whole table cell.</summary>
    public static Anchor ForCell(TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var all = new TextRange(0, cell.Text.Value.Length);
        return new Anchor(cell.Location, cell.Text, all, all);
    }

    /// <summary>An anchor on a number in running text, quoting the clause around it (shortened if long).</summary>
    public static Anchor ForText(SourceLocation location, NormalizedText text, TextRange clause, TextRange focus)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quote = clause;
        if (quote.Length > MaxQuote)
        {
            var start = Math.Max(clause.Start, focus.Start - (MaxQuote / 2));
            var end = Math.Min(clause.End, Math.Max(focus.End, start + MaxQuote));
            quote = new TextRange(start, end - start);
        }

        return new Anchor(location, text, quote, focus);
    }

    /// <summary>The evidence for this anchor, with the quote's span in the original text.</summary>
    public Evidence ToEvidence(string role)
    {
        var (start, length) = Text.ToOriginal(Quote.Start, Quote.Length);
        var location = Location.IsCell && Quote.Start == 0 && Quote.Length == Text.Value.Length
            ? Location
            : Location.WithSpan(new TextSpan(start, length));
        return new Evidence(location, QuoteText, role);
    }
}
