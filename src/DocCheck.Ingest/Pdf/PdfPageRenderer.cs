using System.Globalization;
using System.Text;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Draws PDF pages as standalone SVG documents a browser shows without plug-ins or external tools, so that a viewer
/// can mark a finding's region (<see cref="SourceLocation.Box"/>) on its page with <see cref="Mark"/>.
/// </summary>
/// <remarks>
/// <para>A sketch of the page, not a faithful rendering: the text as the reader reads it (lines built from letters by
/// <see cref="LineBuilder"/>, Chinese joined, one <c>&lt;text&gt;</c> per run of letters set close together, at its
/// position and font size, stretched to its printed width), the ruling lines of <see cref="RulingExtractor"/> as thin
/// grey lines, no pictures, curves or colours.</para>
/// <para>Coordinates: the viewBox is <c>0 0 W H</c> in PDF points; PDF y grows upwards, so svg y = H − pdf y. The root
/// carries <c>data-page</c>, <c>data-width</c> and <c>data-height</c>; the last element is an empty
/// <c>&lt;g class="dc-marks"&gt;</c> that <see cref="Mark"/> fills.</para>
/// </remarks>
public static class PdfPageRenderer
{
    private const string FontFamily = "'Noto Sans CJK SC','Noto Sans SC',sans-serif";

    private const string MarksGroup = "<g class=\"dc-marks\">";

    /// <summary>Letters set further apart than this share of the font size start a new run (a space is about 0.3).</summary>
    private const double RunGap = 0.4;

    /// <summary>Most ruling segments drawn on one page: a page of hatching should not make a megabyte of SVG.</summary>
    private const int MaxSegments = 20_000;

    /// <summary>Page size used when a page cannot even tell its size (A4, points).</summary>
    private const double DefaultWidth = 595;

    private const double DefaultHeight = 842;

    /// <summary>
    /// The first <paramref name="maxPages"/> pages of a PDF as SVG documents, in page order. A page that cannot be
    /// drawn gives a small SVG saying so; the document is opened once.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The bytes cannot be opened as a PDF at all (corrupt, encrypted).</exception>
    public static IReadOnlyList<string> RenderPages(byte[] pdf, int maxPages = 200)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPages);
        return WithDocument(pdf, document =>
        {
            var count = Math.Min(document.NumberOfPages, maxPages);
            var pages = new List<string>(count);
            for (var number = 1; number <= count; number++)
            {
                pages.Add(RenderPage(document, number));
            }

            return pages;
        });
    }

    /// <summary>
    /// Only the pages named (1-based; numbers past the end are ignored), keyed by page number: drawing every page of a
    /// long report costs as much as checking it, while a reviewer only ever looks at the pages that hold evidence.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The bytes cannot be opened as a PDF at all (corrupt, encrypted).</exception>
    public static IReadOnlyDictionary<int, string> RenderPages(byte[] pdf, IEnumerable<int> pageNumbers)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(pageNumbers);
        var wanted = pageNumbers.Where(n => n >= 1).Distinct().Order().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        return WithDocument(pdf, document => wanted
            .Where(n => n <= document.NumberOfPages)
            .ToDictionary(n => n, n => RenderPage(document, n)));
    }

    private static T WithDocument<T>(byte[] pdf, Func<PdfDocument, T> render)
    {
        try
        {
            // Pages catch their own failures (RenderPage); what reaches the handlers below is the file failing to open.
            using var document = PdfReader.Open(pdf);
            return render(document);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted, "PDF 已加密，无法显示页面。", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or PdfDocumentStackDepthException)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, "PDF 文件已损坏或结构异常，无法显示页面。", ex);
        }
    }

    /// <summary>
    /// The SVG of a page (as <see cref="RenderPages"/> made it) with a highlight for each box, given in PDF points with
    /// the origin at the bottom left of the page (as <see cref="SourceLocation.Box"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The SVG was not made by <see cref="RenderPages"/>.</exception>
    public static string Mark(string svg, IEnumerable<BoundingBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(boxes);
        var height = RootHeight(svg);
        var group = svg.LastIndexOf(MarksGroup, StringComparison.Ordinal);
        var end = group < 0 ? -1 : svg.IndexOf("</g>", group, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ArgumentException("The SVG has no dc-marks group; it was not made by PdfPageRenderer.", nameof(svg));
        }

        var marks = new StringBuilder();
        foreach (var box in boxes)
        {
            var left = Math.Min(box.Left, box.Right);
            var top = Math.Max(box.Top, box.Bottom);
            marks.Append("<rect class=\"dc-mark\" x=\"").Append(Number(left)).Append("\" y=\"").Append(Number(height - top))
                .Append("\" width=\"").Append(Number(Math.Abs(box.Right - box.Left))).Append("\" height=\"").Append(Number(Math.Abs(box.Top - box.Bottom)))
                .Append("\" fill=\"#ffd54f\" fill-opacity=\"0.4\" stroke=\"#d32f2f\" stroke-width=\"1\"/>");
        }

        return string.Concat(svg.AsSpan(0, end), marks.ToString(), svg.AsSpan(end));
    }

    private static string RenderPage(PdfDocument document, int number)
    {
        double width = DefaultWidth, height = DefaultHeight;
        try
        {
            var page = document.GetPage(number);
            (width, height) = (page.Width, page.Height);
            if (width <= 0 || height <= 0 || !double.IsFinite(width) || !double.IsFinite(height))
            {
                return Unrenderable(number, DefaultWidth, DefaultHeight);
            }

            return page.Letters.Count > PdfReaderOptions.Default.MaxLettersPerPage ? Unrenderable(number, width, height) : Draw(page);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // One page PdfPig cannot parse must not cost the viewer the others (as in PdfReader.ReadPage).
            return Unrenderable(number, width, height);
        }
    }

    private static string Draw(Page page)
    {
        var height = page.Height;
        var svg = new StringBuilder(16 * 1024);
        Open(svg, page.Number, page.Width, height, "dc-pdf-page");

        var segments = RulingExtractor.Extract(page);
        if (segments.Count > 0)
        {
            svg.Append("<path class=\"dc-rules\" fill=\"none\" stroke=\"#9e9e9e\" stroke-width=\"0.5\" d=\"");
            foreach (var segment in segments.Take(MaxSegments))
            {
                if (segment.Horizontal)
                {
                    svg.Append('M').Append(Number(segment.From)).Append(' ').Append(Number(height - segment.Position))
                        .Append('H').Append(Number(segment.To));
                }
                else
                {
                    svg.Append('M').Append(Number(segment.Position)).Append(' ').Append(Number(height - segment.To))
                        .Append('V').Append(Number(height - segment.From));
                }
            }

            svg.Append("\"/>\n");
        }

        svg.Append("<g class=\"dc-text\" font-family=\"").Append(FontFamily).Append("\" fill=\"#000\">\n");
        var horizontal = new List<Letter>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation == TextOrientation.Horizontal)
            {
                horizontal.Add(letter);
            }
            else
            {
                AppendTurned(svg, letter, height);
            }
        }

        foreach (var line in LineBuilder.Build(horizontal))
        {
            var start = 0;
            for (var i = 1; i <= line.Letters.Count; i++)
            {
                if (i == line.Letters.Count || StartsRun(line.Letters[i - 1], line.Letters[i]))
                {
                    AppendRun(svg, line.Letters, start, i, height);
                    start = i;
                }
            }
        }

        svg.Append("</g>\n");
        Close(svg);
        return svg.ToString();
    }

    private static bool StartsRun(Letter previous, Letter next)
    {
        var gap = next.StartBaseLine.X - (previous.StartBaseLine.X + previous.Width);
        var size = Math.Max(previous.PointSize, 1);
        return gap > size * RunGap || gap < -size * RunGap;
    }

    /// <summary>Letters [start, end) of a line as one text element, stretched to the width they take in the PDF.</summary>
    private static void AppendRun(StringBuilder svg, IReadOnlyList<Letter> letters, int start, int end, double height)
    {
        var run = new Letter[end - start];
        for (var i = start; i < end; i++)
        {
            run[i - start] = letters[i];
        }

        if (LineBuilder.Make(run) is not { } text)
        {
            return;
        }

        var first = run[0];
        var last = run[^1];
        svg.Append("<text x=\"").Append(Number(first.StartBaseLine.X)).Append("\" y=\"").Append(Number(height - text.Baseline))
            .Append("\" font-size=\"").Append(Number(Math.Max(text.FontSize, 1))).Append('"');
        if (text.Bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }

        var length = last.StartBaseLine.X + last.Width - first.StartBaseLine.X;
        if (run.Length > 1 && length > 0)
        {
            svg.Append(" textLength=\"").Append(Number(length)).Append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }

        svg.Append('>');
        AppendXml(svg, text.Text);
        svg.Append("</text>\n");
    }

    /// <summary>A letter set at an angle (vertical table headers), drawn on its own, turned about its origin.</summary>
    private static void AppendTurned(StringBuilder svg, Letter letter, double height)
    {
        if (string.IsNullOrWhiteSpace(letter.Value))
        {
            return;
        }

        var (x, y) = (letter.StartBaseLine.X, height - letter.StartBaseLine.Y);
        var angle = -Math.Atan2(letter.EndBaseLine.Y - letter.StartBaseLine.Y, letter.EndBaseLine.X - letter.StartBaseLine.X) * 180 / Math.PI;
        svg.Append("<text x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" font-size=\"")
            .Append(Number(Math.Max(letter.PointSize, 1))).Append("\" transform=\"rotate(").Append(Number(angle)).Append(' ')
            .Append(Number(x)).Append(' ').Append(Number(y)).Append(")\">");
        AppendXml(svg, Radicals.Map(letter.Value));
        svg.Append("</text>\n");
    }

    private static string Unrenderable(int number, double width, double height)
    {
        var svg = new StringBuilder(512);
        Open(svg, number, width, height, "dc-pdf-page dc-unrendered");
        svg.Append("<text x=\"").Append(Number(width / 2)).Append("\" y=\"").Append(Number(height / 2))
            .Append("\" text-anchor=\"middle\" font-size=\"18\" fill=\"#757575\" font-family=\"").Append(FontFamily)
            .Append("\">本页无法显示</text>\n");
        Close(svg);
        return svg.ToString();
    }

    private static void Open(StringBuilder svg, int number, double width, double height, string cssClass)
    {
        var (w, h) = (Number(width), Number(height));
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h)
            .Append("\" data-page=\"").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\" data-width=\"").Append(w)
            .Append("\" data-height=\"").Append(h).Append("\">\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"").Append(w).Append("\" height=\"").Append(h).Append("\" fill=\"#fff\"/>\n");
    }

    private static void Close(StringBuilder svg) => svg.Append(MarksGroup).Append("</g>\n</svg>\n");

    /// <summary>The page height written on the root element by <see cref="Open(StringBuilder, int, double, double, string)"/>.</summary>
    private static double RootHeight(string svg)
    {
        var root = svg.IndexOf("<svg", StringComparison.Ordinal);
        var rootEnd = root < 0 ? -1 : svg.IndexOf('>', root);
        const string Attribute = " data-height=\"";
        var at = rootEnd < 0 ? -1 : svg.IndexOf(Attribute, root, rootEnd - root, StringComparison.Ordinal);
        var valueEnd = at < 0 ? -1 : svg.IndexOf('"', at + Attribute.Length);
        if (valueEnd < 0 || valueEnd > rootEnd
            || !double.TryParse(svg.AsSpan(at + Attribute.Length, valueEnd - at - Attribute.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var height))
        {
            throw new ArgumentException("The SVG root has no data-height; it was not made by PdfPageRenderer.", nameof(svg));
        }

        return height;
    }

    /// <summary>Text as XML character data: markup characters escaped, characters XML cannot hold dropped.</summary>
    private static void AppendXml(StringBuilder svg, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    svg.Append("&amp;");
                    break;
                case '<':
                    svg.Append("&lt;");
                    break;
                case '>':
                    svg.Append("&gt;");
                    break;
                case '"':
                    svg.Append("&quot;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        svg.Append(c).Append(text[++i]);
                    }
                    else if (c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')))
                    {
                        svg.Append(c);
                    }

                    break;
            }
        }
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture) : "0"; // + 0.0: no "-0"
}
