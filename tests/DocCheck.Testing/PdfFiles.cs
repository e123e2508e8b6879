using System.IO.Compression;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocCheck.Testing;

/// <summary>
/// Small PDFs made for tests: pages drawn with PdfPig's writer in a standard font (Latin text, so the tests need
/// no font files), and hand-made files for the ways PDFs go wrong.
/// </summary>
public static class PdfFiles
{
    /// <summary>A4 in points.</summary>
    public const double PageWidth = 595;

    public const double PageHeight = 842;

    /// <summary>A document with one page per drawing action.</summary>
    public static byte[] Pages(params Action<PageCanvas>[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        foreach (var draw in pages)
        {
            draw(new PageCanvas(builder.AddPage(PageWidth, PageHeight), font, bold));
        }

        return builder.Build();
    }

    /// <summary>A document of <paramref name="count"/> pages with a line of text each.</summary>
    public static byte[] ManyPages(int count)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= count; i++)
        {
            builder.AddPage(PageWidth, PageHeight).AddText("Page " + i.ToString(CultureInfo.InvariantCulture) + " of a very long report", 12, new PdfPoint(72, 700), font);
        }

        return builder.Build();
    }

    /// <summary>A scan: pages with a picture and no text.</summary>
    public static byte[] ScanOnly(int pages = 2) => Pages([.. Enumerable.Repeat<Action<PageCanvas>>(p => p.Image(), pages)]);

    /// <summary>
    /// A document of <paramref name="pages"/> pages of plain text, where the pages listed in
    /// <paramref name="undecodable"/> are set in a font with no Unicode map whose glyphs are addressed in the
    /// private-use area (as subset CJK fonts often are): their text comes out as private-use characters.
    /// </summary>
    public static byte[] WithUndecodablePages(int pages, params int[] undecodable)
    {
        ArgumentNullException.ThrowIfNull(undecodable);
        var differences = string.Join(' ', Enumerable.Range(0, 26).Select(i => $"/uniE{i:X3}"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{5 + (2 * i)} 0 R")) + $"] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [65 {differences}] >> >>",
        };
        for (var page = 1; page <= pages; page++)
        {
            var font = undecodable.Contains(page) ? "/F2" : "/F1";
            var content = new StringBuilder("BT " + font + " 12 Tf ");
            for (var line = 0; line < 8; line++)
            {
                content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 72 {700 - (line * 20)} Tm (PAGE {page} LINE {line + 1} BUDGET AND SPENDING) Tj ");
            }

            content.Append("ET");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + (2 * (page - 1))} 0 R >>");
            objects.Add(Stream(content.ToString()));
        }

        return Hand([.. objects]).ToBytes();
    }

    /// <summary>A file protected by a password (standard security handler, unknown user password).</summary>
    public static byte[] Encrypted()
    {
        var owner = new string('A', 64);
        var user = new string('B', 64);
        return Hand(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            Stream("BT ET"),
            $"<< /Filter /Standard /V 1 /R 2 /O <{owner}> /U <{user}> /P -4 >>")
            .Replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 5 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]", StringComparison.Ordinal)
            .ToBytes();
    }

    /// <summary>A page whose content nests arrays <paramref name="depth"/> deep.</summary>
    public static byte[] DeeplyNested(int depth = 100_000) => Hand(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        Stream("BT " + new string('[', depth) + new string(']', depth) + " TJ ET")).ToBytes();

    /// <summary>
    /// A one-page PDF whose /Contents (object 4) and /Resources (object 5) are each an object that only names another
    /// object naming it back (4 → 6 → 4, 5 → 7 → 5): 800 bytes that once overflowed the stack inside PdfPig.
    /// </summary>
    public static byte[] ReferenceLoop() => Hand(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 5 0 R >>",
        "6 0 R",
        "7 0 R",
        "4 0 R",
        "5 0 R").ToBytes();

    /// <summary>
    /// A readable page whose font is reached through <paramref name="length"/> objects that each only name the next:
    /// legal, odd, and as deep as the chain is long for a reader that follows it by recursion.
    /// </summary>
    public static byte[] ReferenceChain(int length)
    {
        const string Text = "BT /F1 12 Tf 72 700 Td (Chained font) Tj ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            Stream(Text),
        };
        for (var i = 0; i < length; i++)
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"{objects.Count + 2} 0 R"));
        }

        objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return Hand([.. objects]).ToBytes();
    }

    /// <summary>
    /// A one-page PDF whose content stream is <paramref name="decodedBytes"/> of text-free content (spaces after a short
    /// line of text) deflated: 100 MB fits in about 100 KB, a decompression bomb.
    /// </summary>
    public static byte[] Inflating(long decodedBytes, int streams = 1)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ["
                + string.Join(' ', Enumerable.Range(0, streams).Select(i => string.Create(CultureInfo.InvariantCulture, $"{5 + i} 0 R")))
                + "] /Resources << /Font << /F1 4 0 R >> >> >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var deflated = Deflated("BT /F1 12 Tf 72 700 Td (Inflated page) Tj ET\n", decodedBytes);
        objects.AddRange(Enumerable.Repeat(string.Create(CultureInfo.InvariantCulture, $"<< /Length {deflated.Length} /Filter /FlateDecode >>\nstream\n{deflated}\nendstream"), streams));
        return Hand([.. objects]).ToBytes();
    }

    // zlib data (header included, as PDF writers make it) of a text followed by spaces up to the length, as Latin-1.
    private static string Deflated(string text, long length)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(text));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var written = (long)text.Length; written < length; written += spaces.Length)
            {
                zlib.Write(spaces, 0, (int)Math.Min(spaces.Length, length - written));
            }
        }

        return Encoding.Latin1.GetString(output.ToArray());
    }

    /// <summary>
    /// A page with text that draws form 1 of <paramref name="forms"/>; form i draws the forms its entry names (as
    /// <c>/Fk Do</c>). With <paramref name="sharedResources"/> every form's resources name every form, as some writers
    /// share one dictionary; otherwise each form's resources name only what it draws.
    /// </summary>
    public static byte[] Forms(int[][] draws, bool sharedResources = false)
    {
        // Objects: 1 catalog, 2 pages, 3 page, 4 font, 5 page content, 6 shared resources, then the forms from 7.
        var count = draws.Length;
        string Ref(int form) => string.Create(CultureInfo.InvariantCulture, $"{6 + form} 0 R");
        string XObjects(IEnumerable<int> forms) => "<< /XObject << " + string.Join(' ', forms.Select(f => string.Create(CultureInfo.InvariantCulture, $"/F{f} {Ref(f)}"))) + " >> >>";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F0 4 0 R >> /XObject << /F1 " + Ref(1) + " >> >> >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            Stream("BT /F0 12 Tf 72 700 Td (Page with forms) Tj ET /F1 Do"),
            XObjects(Enumerable.Range(1, count)),
        };
        for (var i = 1; i <= count; i++)
        {
            var content = string.Join(' ', draws[i - 1].Select(f => string.Create(CultureInfo.InvariantCulture, $"/F{f} Do")));
            var resources = sharedResources ? "6 0 R" : XObjects(draws[i - 1]);
            objects.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources {resources} /Length {content.Length} >>\nstream\n{content}\nendstream"));
        }

        return Hand([.. objects]).ToBytes();
    }

    /// <summary>A PDF header followed by random bytes.</summary>
    public static byte[] RandomAfterHeader(int length = 200_000, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        var header = Encoding.ASCII.GetBytes("%PDF-1.7\n");
        header.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The first part of a file, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated(byte[] pdf, double share = 0.5)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return pdf[..(int)(pdf.Length * share)];
    }

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>Objects numbered from 1, with a correct cross-reference table and trailer.</summary>
    private static string Hand(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return text.ToString();
    }

    private static byte[] ToBytes(this string text) => Encoding.Latin1.GetBytes(text);
}

/// <summary>One page being drawn: text in Helvetica, ruling lines, filled rules, pictures.</summary>
public sealed class PageCanvas(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, PdfDocumentBuilder.AddedFont bold)
{
    public void Text(double x, double y, string text, double size = 10, bool isBold = false) =>
        page.AddText(text, size, new PdfPoint(x, y), isBold ? bold : font);

    /// <summary>A stroked line, as LibreOffice draws table rules.</summary>
    public void Line(double x1, double y1, double x2, double y2) => page.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), 0.5);

    /// <summary>A thin filled rectangle, as Word and Chromium draw table rules.</summary>
    public void FilledRule(double x1, double y1, double x2, double y2)
    {
        const double Half = 0.4;
        var left = Math.Min(x1, x2) - Half;
        var bottom = Math.Min(y1, y2) - Half;
        page.DrawRectangle(new PdfPoint(left, bottom), Math.Abs(x2 - x1) + (2 * Half), Math.Abs(y2 - y1) + (2 * Half), 0, fill: true);
    }

    /// <summary>A grid of ruled cells: column edges <paramref name="xs"/>, row edges <paramref name="ys"/> (top down).</summary>
    public void Grid(double[] xs, double[] ys, bool filled = false)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        foreach (var y in ys)
        {
            Rule(xs[0], y, xs[^1], y, filled);
        }

        foreach (var x in xs)
        {
            Rule(x, ys[0], x, ys[^1], filled);
        }
    }

    public void Rule(double x1, double y1, double x2, double y2, bool filled = false)
    {
        if (filled)
        {
            FilledRule(x1, y1, x2, y2);
        }
        else
        {
            Line(x1, y1, x2, y2);
        }
    }

    /// <summary>A picture covering most of the page, as a scanner makes.</summary>
    public void Image() => page.AddPng(TinyPng, new PdfRectangle(50, 50, 545, 792));

    /// <summary>A 1×1 grey PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");
}
