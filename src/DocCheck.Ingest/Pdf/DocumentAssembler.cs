using DocCheck.Core.Documents;
using DocCheck.Core.Text;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Puts analysed pages together into blocks: drops running headers and footers, gathers lines into paragraphs
/// (also across page breaks), joins a table continued on the next page to its start, recognises headings, and
/// hands everything to the <see cref="ReportDocumentBuilder"/> in reading order.
/// </summary>
internal static partial class DocumentAssembler
{
    /// <summary>Headings are short; a longer paragraph is running text even when set in bold.</summary>
    private const int MaxHeadingLength = 40;

    public static void Assemble(List<PageContent> pages, ReportDocumentBuilder builder)
    {
        RunningText.Remove(pages);
        var area = TextArea.Measure(pages);
        var blocks = Collect(pages, area);
        var levels = HeadingLevels(blocks.OfType<PdfParagraph>().ToList(), area);
        foreach (var block in blocks)
        {
            if (block is PdfParagraph paragraph)
            {
                builder.AddParagraph(new ParagraphDraft
                {
                    Text = paragraph.Text,
                    StyleOutlineLevel = levels.GetValueOrDefault(paragraph),
                    Page = paragraph.Page,
                    Box = paragraph.Box.ToBox(),
                });
            }
            else if (block is StitchedTable table)
            {
                builder.AddTable(table.ToDraft());
            }
        }
    }

    /// <summary>Paragraphs and tables in reading order.</summary>
    private static List<object> Collect(List<PageContent> pages, TextArea area)
    {
        var blocks = new List<object>();
        PdfParagraph? paragraph = null;
        StitchedTable? table = null;
        var tableEndedPage = false;
        foreach (var page in pages)
        {
            var items = page.Lines.Select(l => (Top: l.Box.Top, Item: (object)l))
                .Concat(page.Tables.Select(t => (Top: t.Box.Top, Item: (object)t)))
                .OrderByDescending(i => i.Top)
                .ToList();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Item is TextLine line)
                {
                    table = null;
                    if (paragraph is null || Breaks(paragraph, line, page.Number, area))
                    {
                        paragraph = new PdfParagraph { Page = page.Number, Box = line.Box, Centered = area.IsCentered(line) };
                        blocks.Add(paragraph);
                    }
                    else if (paragraph.Page == page.Number)
                    {
                        paragraph.Box = paragraph.Box.Union(line.Box);
                    }

                    paragraph.Lines.Add(line);
                    paragraph.LastPage = page.Number;
                    paragraph.Centered &= area.IsCentered(line);
                }
                else if (items[i].Item is LatticeTable part)
                {
                    paragraph = null;
                    if (table is not null && tableEndedPage && i == 0 && table.IsContinuedBy(part))
                    {
                        table.Continue(part, page.Number);
                    }
                    else
                    {
                        table = new StitchedTable(part, page.Number);
                        blocks.Add(table);
                    }
                }
            }

            tableEndedPage = items.Count > 0 && items[^1].Item is LatticeTable;
            if (page.Problem is not null)
            {
                (paragraph, table) = (null, null);
            }
        }

        return blocks;
    }

    /// <summary>Whether <paramref name="line"/> starts a new paragraph after <paramref name="paragraph"/>.</summary>
    private static bool Breaks(PdfParagraph paragraph, TextLine line, int page, TextArea area)
    {
        var previous = paragraph.Lines[^1];
        if (Math.Abs(previous.FontSize - line.FontSize) > 0.8 || previous.Bold != line.Bold)
        {
            return true;
        }

        if (page == paragraph.LastPage && previous.Baseline - line.Baseline > area.LinePitch * Math.Max(line.FontSize, previous.FontSize) / area.BodyFontSize * 1.4)
        {
            return true;
        }

        // A paragraph runs on to the next page only when it reached the foot of its page.
        if (page != paragraph.LastPage && previous.Box.Bottom > area.ContentBottom + (area.LinePitch * 2))
        {
            return true;
        }

        if (!area.IsCentered(line) && line.Left - area.Left > line.FontSize * 1.5)
        {
            return true;
        }

        if (LineJoiner.EndsParagraph(previous, line, area.Left, area.Right, padding: 2))
        {
            return true;
        }

        // A sentence that ends flush with the margin, then a label or a caption: a new paragraph the geometry hides.
        return previous.Text[^1] is '。' or '：' or ':' or '！' or '？'
            && (OutlineLabelParser.Parse(TextNormalizer.NormalizeValue(line.Text), out _) is not null || Caption().IsMatch(line.Text));
    }

    /// <summary>
    /// Outline levels for paragraphs set apart as headings by size: the title (the largest text on the first page)
    /// is level 0; headings larger than the body take levels by size, largest first. Headings at body size are left
    /// to their typed labels (一、 （一） 1.), as the builder reads them for Word.
    /// </summary>
    private static Dictionary<PdfParagraph, int?> HeadingLevels(List<PdfParagraph> paragraphs, TextArea area)
    {
        var levels = new Dictionary<PdfParagraph, int?>();
        var candidates = paragraphs.Where(p => LooksLikeHeading(p) && p.FontSize > area.BodyFontSize + 0.5).ToList();
        // The title is the first paragraph set in the largest size (self-evaluation forms may put it after a table).
        var largest = candidates.Count == 0 ? 0 : candidates.Max(p => p.FontSize);
        var title = candidates.FirstOrDefault(p => p.FontSize >= largest - 0.1 && p.Page <= 3);
        if (title is not null && title.FontSize > area.BodyFontSize + 1.5)
        {
            levels[title] = 0;
            candidates.Remove(title);
            candidates.RemoveAll(p => Math.Abs(p.FontSize - title.FontSize) < 0.3);
        }

        var sizes = candidates.Select(p => Math.Round(p.FontSize * 2) / 2).Distinct().OrderDescending().ToList();
        foreach (var heading in candidates)
        {
            levels[heading] = sizes.IndexOf(Math.Round(heading.FontSize * 2) / 2) + 1;
        }

        return levels;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(附表|附件|附图|表\s*\d|图\s*\d)")]
    private static partial System.Text.RegularExpressions.Regex Caption();

    private static bool LooksLikeHeading(PdfParagraph paragraph)
    {
        if (paragraph.Lines.Count > 2)
        {
            return false;
        }

        var text = TextNormalizer.NormalizeValue(paragraph.Text);
        return text.Length <= MaxHeadingLength && text.TrimEnd('。', ':', '：').AsSpan().IndexOfAny("。；;，,") < 0;
    }
}
