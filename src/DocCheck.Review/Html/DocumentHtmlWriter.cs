using System.Globalization;
using System.Net;
using System.Text;
using DocCheck.Core.Documents;
using DocCheck.Core.Text;

namespace DocCheck.Review.Html;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as an HTML fragment in which every paragraph, table and cell carries an id,
/// so that a viewer can show a finding's evidence in context (see <see cref="AnchorId"/>).
/// </summary>
/// <remarks>
/// <para>Element ids (<c>T</c>, <c>R</c>, <c>C</c> 1-based as in <see cref="SourceLocation.ToString"/>, so
/// <c>T2[r5,c3]</c> is <c>t2-r5-c3</c>; block indices 0-based as in the model):</para>
/// <list type="bullet">
/// <item><c>b{Block}</c>: a paragraph (<c>&lt;p&gt;</c>), or the <c>&lt;div&gt;</c> that holds a table and its caption;</item>
/// <item><c>t{T}</c>: a table; <c>t{T}-r{R}-c{C}</c>: a cell, by its top-left grid slot (merged cells once, with
/// <c>rowspan</c>/<c>colspan</c>);</item>
/// <item><c>p{N}</c>: the marker where page N begins (PDF only).</item>
/// </list>
/// <para>All report text is untrusted and HTML-encoded. Paragraphs show <see cref="NormalizedText.Value"/>;
/// line breaks within a paragraph or cell become <c>&lt;br&gt;</c>. Nested tables follow their host table, as in the
/// model's reading order, with a caption naming the host cell. The output is deterministic.</para>
/// </remarks>
public static class DocumentHtmlWriter
{
    /// <summary>The document as an HTML fragment: one <c>&lt;article class="dc-doc"&gt;</c>, no page scaffolding.</summary>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(4096);
        html.Append("<article class=\"dc-doc\" data-format=\"").Append(Encode(document.Format)).Append("\">\n");

        var nestedByCell = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            if (table.ParentCell is { IsCell: true } parent)
            {
                var parentId = CellId(parent);
                if (!nestedByCell.TryGetValue(parentId, out var nested))
                {
                    nestedByCell[parentId] = nested = [];
                }

                nested.Add(table.TableIndex);
            }
        }

        var markedPages = 0;
        foreach (var block in document.Blocks)
        {
            if (block.Location.Page is { } page)
            {
                // Markers only move forward: a page is marked once, where its first block begins; pages that hold no
                // block of their own (a table's continuation, a skipped page) are marked there too, so each has an id.
                for (; markedPages < page; markedPages++)
                {
                    AppendPageMarker(html, markedPages + 1);
                }
            }

            switch (block)
            {
                case ParagraphBlock paragraph:
                    AppendParagraph(html, paragraph);
                    break;
                case TableBlock table:
                    AppendTable(html, table, nestedByCell);
                    break;
                default:
                    html.Append("<div id=\"b").Append(Number(block.Index)).Append("\" class=\"dc-block\"></div>\n");
                    break;
            }
        }

        if (markedPages > 0 && document.PageCount is { } pageCount)
        {
            for (; markedPages < pageCount; markedPages++)
            {
                AppendPageMarker(html, markedPages + 1);
            }
        }

        html.Append("</article>\n");
        return html.ToString();
    }

    /// <summary>
    /// The id of the element <see cref="Write"/> produces for a location: the cell's id for a table cell,
    /// <c>b{Block}</c> for a paragraph or any other block, <c>p{Page}</c> for a whole page, null when the location
    /// names none of these.
    /// </summary>
    public static string? AnchorId(SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.IsCell)
        {
            return CellId(location);
        }

        if (location.Block >= 0)
        {
            return "b" + Number(location.Block);
        }

        return location.Page is { } page ? "p" + Number(page) : null;
    }

    private static void AppendPageMarker(StringBuilder html, int page) =>
        html.Append("<div id=\"p").Append(Number(page)).Append("\" class=\"dc-page\" data-page=\"").Append(Number(page))
            .Append("\">第").Append(Number(page)).Append("页</div>\n");

    private static void AppendParagraph(StringBuilder html, ParagraphBlock paragraph)
    {
        html.Append("<p id=\"b").Append(Number(paragraph.Index)).Append("\" class=\"dc-p");
        if (paragraph.IsHeading)
        {
            var level = paragraph.OutlineLevel ?? 1;
            html.Append(" dc-h dc-h").Append(Number(level)).Append('"');
            html.Append(" role=\"heading\" aria-level=\"").Append(Number(Math.Max(1, level))).Append('"');
        }
        else
        {
            html.Append('"');
        }

        if (paragraph.Location.Part == DocumentPart.TextBox)
        {
            html.Append(" data-part=\"textbox\"");
        }

        AppendPage(html, paragraph.Location.Page);
        html.Append('>');
        AppendText(html, paragraph.Text);
        html.Append("</p>\n");
    }

    private static void AppendTable(StringBuilder html, TableBlock table, Dictionary<string, List<int>> nestedByCell)
    {
        var tableId = "t" + Number(table.TableIndex + 1);
        html.Append("<div id=\"b").Append(Number(table.Index)).Append("\" class=\"dc-block\"");
        AppendPage(html, table.Location.Page);
        html.Append(">\n<table id=\"").Append(tableId).Append("\" class=\"dc-table");
        if (table.ParentCell is { Table: { } parentTable, Row: { } parentRow, Column: { } parentColumn } parent)
        {
            var parentId = CellId(parent);
            html.Append(" dc-nested\" data-parent=\"").Append(parentId).Append("\">\n");
            html.Append("<caption class=\"dc-caption\">嵌套于<a href=\"#").Append(parentId).Append("\">表")
                .Append(Number(parentTable + 1)).Append(" 第").Append(Number(parentRow + 1)).Append("行第")
                .Append(Number(parentColumn + 1)).Append("列</a>的表格</caption>\n");
        }
        else
        {
            html.Append("\">\n");
        }

        for (var row = 0; row < table.RowCount; row++)
        {
            html.Append("<tr>");
            for (var column = 0; column < table.ColumnCount; column++)
            {
                var cell = table.At(row, column);
                if (cell is null)
                {
                    // A short row or a skipped grid column: keep the slot so later cells stay in their columns.
                    html.Append("<td class=\"dc-gap\"></td>");
                }
                else if (cell.Row == row && cell.Column == column)
                {
                    AppendCell(html, table, cell, nestedByCell);
                }
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private static void AppendCell(StringBuilder html, TableBlock table, TableCell cell, Dictionary<string, List<int>> nestedByCell)
    {
        var id = CellId(cell.Location);
        html.Append("<td id=\"").Append(id).Append('"');
        var rowSpan = Math.Min(cell.RowSpan, table.RowCount - cell.Row);
        if (rowSpan > 1)
        {
            html.Append(" rowspan=\"").Append(Number(rowSpan)).Append('"');
        }

        var columnSpan = Math.Min(cell.ColumnSpan, table.ColumnCount - cell.Column);
        if (columnSpan > 1)
        {
            html.Append(" colspan=\"").Append(Number(columnSpan)).Append('"');
        }

        if (cell.Location.Page is { } page && page != table.Location.Page)
        {
            AppendPage(html, page);
        }

        html.Append('>');
        AppendText(html, cell.Text);
        foreach (var nested in nestedByCell.GetValueOrDefault(id) ?? [])
        {
            html.Append("<a class=\"dc-nested-ref\" href=\"#t").Append(Number(nested + 1)).Append("\">表").Append(Number(nested + 1)).Append("</a>");
        }

        html.Append("</td>");
    }

    private static void AppendPage(StringBuilder html, int? page)
    {
        if (page is { } number)
        {
            html.Append(" data-page=\"").Append(Number(number)).Append('"');
        }
    }

    /// <summary>
    /// The normalised text, encoded. Normalisation folds line breaks into the text, so where the original has them
    /// (paragraphs within a cell, soft breaks) each original line is shown normalised, with <c>&lt;br&gt;</c> between.
    /// </summary>
    private static void AppendText(StringBuilder html, NormalizedText text)
    {
        if (!text.Original.Contains('\n', StringComparison.Ordinal))
        {
            html.Append(Encode(text.Value));
            return;
        }

        var first = true;
        foreach (var line in text.Original.Split('\n'))
        {
            var value = TextNormalizer.NormalizeValue(line);
            if (value.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                html.Append("<br>");
            }

            html.Append(Encode(value));
            first = false;
        }
    }

    private static string CellId(SourceLocation cell) =>
        string.Create(CultureInfo.InvariantCulture, $"t{cell.Table + 1}-r{cell.Row + 1}-c{cell.Column + 1}");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
