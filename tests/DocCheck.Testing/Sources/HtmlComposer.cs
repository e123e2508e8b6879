using System.Net;
using System.Text;

namespace DocCheck.Testing.Sources;

/// <summary>How an HTML rendering draws its tables.</summary>
public enum HtmlTableStyle
{
    /// <summary>Every cell ruled, as in the Word file.</summary>
    Ruled,

    /// <summary>A "three-line table" (三线表): rules above and below the table and under its first row only.</summary>
    ThreeLine,

    /// <summary>No rules at all: columns only by alignment.</summary>
    Borderless,
}

/// <summary>
/// Writes a report source as an HTML page, the way an online reporting system shows a report before it is printed
/// to PDF from a browser: automatic numbering becomes typed labels, tick boxes Unicode, merged cells rowspan and
/// colspan, nested tables tables in cells. Used to make the corpus's browser-printed PDFs.
/// </summary>
public static class HtmlComposer
{
    public static string Compose(SourceDocument source, HtmlTableStyle style)
    {
        ArgumentNullException.ThrowIfNull(source);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(source.Title ?? string.Empty))
            .Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        var numbering = new SourceNumbering();
        foreach (var block in source.Blocks)
        {
            switch (block.Kind)
            {
                case SourceBlockKind.Title:
                    html.Append("<h1>").Append(Encode(block.Text)).Append("</h1>\n");
                    break;
                case SourceBlockKind.Heading:
                    Heading(html, block.Level, block.Text);
                    break;
                case SourceBlockKind.Numbered:
                    var label = numbering.Next(block.Level);
                    if (block.Level <= 2)
                    {
                        Heading(html, block.Level, label + block.Text);
                    }
                    else
                    {
                        html.Append("<p>").Append(Encode(label + block.Text)).Append("</p>\n");
                    }

                    break;
                case SourceBlockKind.Body:
                    html.Append("<p class=\"body\">").Append(Encode(block.Text)).Append("</p>\n");
                    break;
                case SourceBlockKind.TextBox:
                    html.Append("<div class=\"box\">").Append(Encode(block.Text)).Append("</div>\n");
                    break;
                case SourceBlockKind.PageBreak:
                    html.Append("<div class=\"page-break\"></div>\n");
                    break;
                case SourceBlockKind.Table:
                    Table(html, block, source, style);
                    break;
                default:
                    break;
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private const string Css = """
        @page { size: A4; margin: 25mm 22mm; }
        body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 12pt; line-height: 1.6; margin: 0; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 12pt; }
        h2 { font-size: 15pt; margin: 10pt 0 4pt; }
        h3 { font-size: 14pt; margin: 8pt 0 4pt; }
        h4 { font-size: 13pt; margin: 6pt 0 4pt; }
        p { margin: 0; }
        p.body { text-indent: 2em; }
        .box { border: 0.5pt solid #000; padding: 4pt; margin: 6pt 0; }
        .page-break { break-after: page; }
        table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; margin: 6pt 0; }
        td { padding: 2pt 4pt; vertical-align: top; }
        td table { margin: 0; }
        table.ruled td { border: 0.5pt solid #000; }
        table.three-line { border-top: 1pt solid #000; border-bottom: 1pt solid #000; }
        table.three-line tr:first-child > td { border-bottom: 0.5pt solid #000; }
        table.borderless td { padding: 2pt 8pt 2pt 0; }

        """;

    private static void Heading(StringBuilder html, int level, string text)
    {
        var tag = "h" + (Math.Clamp(level, 1, 3) + 1);
        html.Append('<').Append(tag).Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
    }

    private static void Table(StringBuilder html, SourceBlock table, SourceDocument source, HtmlTableStyle style)
    {
        var rows = TableLayout.Resolve(table);
        var className = style switch
        {
            HtmlTableStyle.ThreeLine => "three-line",
            HtmlTableStyle.Borderless => "borderless",
            _ => "ruled",
        };
        html.Append("<table class=\"").Append(className).Append("\">\n");
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            foreach (var cell in rows[r])
            {
                if (cell.ContinuesMerge)
                {
                    continue;
                }

                var rowSpan = 1;
                while (r + rowSpan < rows.Count && rows[r + rowSpan].Any(c => c.Column == cell.Column && c.ContinuesMerge))
                {
                    rowSpan++;
                }

                html.Append("<td");
                if (cell.Span > 1)
                {
                    html.Append(" colspan=\"").Append(cell.Span).Append('"');
                }

                if (rowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(rowSpan).Append('"');
                }

                html.Append('>');
                if (cell.NestedTable is { } name && source.NamedTables.TryGetValue(name, out var nested))
                {
                    Table(html, nested, source, style);
                }
                else
                {
                    html.Append(Encode(cell.Text).Replace("\n", "<br>", StringComparison.Ordinal));
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(TickBoxes.AsRead(text));
}
