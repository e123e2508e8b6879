using System.Globalization;
using System.Text;

namespace DocCheck.Core.Documents;

/// <summary>
/// Where a quote comes from, precise enough for a person to find it in the original document.
/// </summary>
/// <remarks>
/// Indices follow one convention throughout: <see cref="Block"/>, <see cref="Table"/>, <see cref="Row"/> and
/// <see cref="Column"/> are 0-based (the logical grid after merges are resolved); <see cref="Paragraph"/> and
/// <see cref="Page"/> are 1-based because people count them that way. <see cref="ToString"/> prints every
/// number 1-based so that the compact form and the Chinese description agree.
/// </remarks>
public sealed record SourceLocation
{
    /// <summary>The part of the document.</summary>
    public DocumentPart Part { get; init; }

    /// <summary>0-based index of the block in reading order; -1 for a whole page (<see cref="OfPage"/>).</summary>
    public int Block { get; init; }

    /// <summary>1-based number of the paragraph among the body's non-empty paragraphs, when a paragraph.</summary>
    public int? Paragraph { get; init; }

    /// <summary>0-based index of the table in document order (nested tables included), when in a table.</summary>
    public int? Table { get; init; }

    /// <summary>0-based row of the cell in the table's logical grid.</summary>
    public int? Row { get; init; }

    /// <summary>0-based column of the cell in the table's logical grid.</summary>
    public int? Column { get; init; }

    /// <summary>1-based page number, when known (PDF).</summary>
    public int? Page { get; init; }

    /// <summary>The region on the page, when known (PDF).</summary>
    public BoundingBox? Box { get; init; }

    /// <summary>The quoted range within the block's or cell's original text, when narrower than all of it.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>The heading of the section the block sits in, as printed (with its label).</summary>
    public string? Section { get; init; }

    /// <summary>A whole page (a PDF page that could not be read, say).</summary>
    public static SourceLocation OfPage(int page) => new() { Block = -1, Page = page };

    /// <summary>Whether this location is a table cell.</summary>
    public bool IsCell => Table is not null && Row is not null && Column is not null;

    /// <summary>The same location narrowed to a span of its text.</summary>
    public SourceLocation WithSpan(TextSpan span) => this with { Span = span };

    /// <summary>
    /// Compact, stable form used in golden files, logs and the CLI: <c>P12</c> for the 12th paragraph,
    /// <c>T2[r5,c3]</c> for a table cell, <c>p4 </c> prefixed when the page is known; all numbers 1-based.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Page is { } page)
        {
            text.Append(CultureInfo.InvariantCulture, $"p{page} ");
        }

        if (Part == DocumentPart.TextBox)
        {
            text.Append("TB");
        }

        if (Table is { } table)
        {
            text.Append(CultureInfo.InvariantCulture, $"T{table + 1}");
            if (Row is { } row && Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $"[r{row + 1},c{column + 1}]");
            }
        }
        else if (Paragraph is { } paragraph)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{paragraph}");
        }
        else if (Block >= 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"B{Block + 1}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The location in words a Chinese reader follows, e.g. <c>第3页 表2 第5行第3列（“四、绩效评价指标分析”下）</c>.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        if (Page is { } page)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{page}页 ");
        }

        if (Part == DocumentPart.TextBox)
        {
            text.Append("文本框 ");
        }

        if (Table is { } table)
        {
            text.Append(CultureInfo.InvariantCulture, $"表{table + 1}");
            if (Row is { } row && Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $" 第{row + 1}行第{column + 1}列");
            }
        }
        else if (Paragraph is { } paragraph)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{paragraph}段");
        }
        else if (Block >= 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{Block + 1}块");
        }

        if (!string.IsNullOrEmpty(Section))
        {
            text.Append(CultureInfo.InvariantCulture, $"（“{Section}”下）");
        }

        return text.ToString().TrimEnd();
    }
}
