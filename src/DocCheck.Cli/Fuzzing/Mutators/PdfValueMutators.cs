using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Sets a count, size or length to a hostile number: /Length, /Count, /Size, /W, /N, /First, /Widths…</summary>
internal sealed partial class PdfHostileNumber() : PdfMutator("pdf-number")
{
    private static readonly string[] Numbers =
    [
        "-1", "0", "1", "2147483647", "2147483648", "-2147483648", "9223372036854775807", "99999999999999999999",
        "1e308", "3.4028235E+38", "0.000001", "-0", "1.#INF", "--5", "4294967296",
    ];

    protected override string? Apply(PdfText pdf, Random random)
    {
        var matches = Numeric().Matches(pdf.Text);
        if (matches.Count == 0)
        {
            return null;
        }

        var match = matches[random.Next(matches.Count)];
        var number = match.Groups[2];
        var value = Numbers[random.Next(Numbers.Length)];
        pdf.Text = pdf.Text[..number.Index] + value + pdf.Text[(number.Index + number.Length)..];
        return $"/{match.Groups[1].Value} {number.Value} 改为 {value}";
    }

    [GeneratedRegex(@"/(Length|Count|Size|N|First|W|Widths|FirstChar|LastChar|MediaBox|CropBox|Rotate|BitsPerComponent|Width|Height|Columns|Predictor|Colors|Length1|Length2|Length3|DW|Ascent|Descent|FontBBox|Index|Prev|K|Rows)\s*\[?\s*(-?[0-9.]+)(?!\s+\d+\s+R)")]
    private static partial Regex Numeric();
}

/// <summary>Damages the cross-reference data: wrong offsets, a startxref that points anywhere, a /Prev that loops.</summary>
internal sealed partial class PdfXrefDamage() : PdfMutator("pdf-xref")
{
    protected override bool? RebuildsXref => false;

    protected override string? Apply(PdfText pdf, Random random)
    {
        var start = pdf.Text.LastIndexOf("startxref", StringComparison.Ordinal);
        switch (random.Next(4))
        {
            case 0:
                var entries = Entry().Matches(pdf.Text);
                if (entries.Count == 0)
                {
                    return null;
                }

                var changed = Math.Min(entries.Count, 1 + random.Next(8));
                var text = new StringBuilder(pdf.Text);
                for (var i = 0; i < changed; i++)
                {
                    var entry = entries[random.Next(entries.Count)];
                    text.Remove(entry.Index, 10).Insert(entry.Index, random.NextInt64(10_000_000_000).ToString("D10", CultureInfo.InvariantCulture));
                }

                pdf.Text = text.ToString();
                return $"{changed} 个 xref 条目的偏移改为随机值";
            case 1 when start >= 0:
                var offset = new[] { 0L, 1, 4294967296, random.Next(pdf.Text.Length), pdf.Text.Length + 10 }[random.Next(5)];
                pdf.Text = StartXref().Replace(pdf.Text, "startxref\n" + offset.ToString(CultureInfo.InvariantCulture), 1, start);
                return $"startxref 改为 {offset}";
            case 2 when start >= 0:
                // The trailer's /Prev names the table itself: a reader that follows /Prev without a visited set loops.
                var table = pdf.Text.LastIndexOf("\nxref", StringComparison.Ordinal) + 1;
                var trailer = pdf.Text.IndexOf("<<", pdf.Text.LastIndexOf("trailer", StringComparison.Ordinal), StringComparison.Ordinal);
                if (table <= 0 || trailer < 0)
                {
                    return null;
                }

                pdf.Text = pdf.Text[..(trailer + 2)] + "/Prev " + table.ToString(CultureInfo.InvariantCulture) + " " + pdf.Text[(trailer + 2)..];
                return "trailer 的 /Prev 指向同一个 xref 表";
            default:
                var at = pdf.Text.LastIndexOf("\nxref", StringComparison.Ordinal);
                if (at < 0)
                {
                    return null;
                }

                pdf.Text = pdf.Text[..(at + 1)] + "xraf" + pdf.Text[(at + 5)..];
                return "删去 xref 关键字";
        }
    }

    [GeneratedRegex(@"(?m)^\d{10} \d{5} [nf]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"startxref\s+\d+")]
    private static partial Regex StartXref();
}

/// <summary>Names another filter for a stream (or a chain of them): data that is not what the filter expects.</summary>
internal sealed partial class PdfFilterSwap() : PdfMutator("pdf-filter")
{
    private static readonly string[] Filters =
    [
        "/LZWDecode", "/ASCII85Decode", "/ASCIIHexDecode", "/RunLengthDecode", "/DCTDecode", "/JPXDecode", "/JBIG2Decode",
        "/CCITTFaxDecode", "/Crypt", "/NoSuchDecode", "[/FlateDecode /FlateDecode]", "[/ASCIIHexDecode /FlateDecode]", "[]",
        "/FlateDecode /DecodeParms << /Predictor 15 /Columns 2147483647 /Colors 99 >>",
        "/FlateDecode /DecodeParms << /Predictor 12 /Columns 0 >>",
    ];

    protected override string? Apply(PdfText pdf, Random random)
    {
        var matches = Filter().Matches(pdf.Text);
        if (matches.Count == 0)
        {
            return null;
        }

        var match = matches[random.Next(matches.Count)];
        var filter = Filters[random.Next(Filters.Length)];
        pdf.Text = pdf.Text[..match.Index] + "/Filter " + filter + pdf.Text[(match.Index + match.Length)..];
        return $"{match.Value} 改为 /Filter {filter}";
    }

    [GeneratedRegex(@"/Filter\s*/FlateDecode")]
    private static partial Regex Filter();
}

/// <summary>Puts arrays or dictionaries nested thousands deep into an object.</summary>
internal sealed class PdfDeepNesting() : PdfMutator("pdf-nest")
{
    private static readonly int[] Depths = [100, 1_000, 10_000, 100_000];

    protected override string? Apply(PdfText pdf, Random random)
    {
        var dictionaries = pdf.Objects().Where(o => o.Body(pdf.Text).Contains("<<", StringComparison.Ordinal)).ToList();
        if (dictionaries.Count == 0)
        {
            return null;
        }

        var target = Pick(dictionaries, random);
        var depth = Depths[random.Next(Depths.Length)];
        var array = random.Next(2) == 0;
        var nested = array
            ? "/Nest " + new string('[', depth) + "0" + new string(']', depth) + " "
            : "/Nest " + string.Concat(Enumerable.Repeat("<< /A ", depth)) + "0" + string.Concat(Enumerable.Repeat(" >>", depth)) + " ";
        var body = target.Body(pdf.Text);
        var open = body.IndexOf("<<", StringComparison.Ordinal) + 2;
        pdf.ReplaceBody(target, body[..open] + nested + body[open..]);
        return $"对象 {target.Number} 加入 {depth} 层嵌套的{(array ? "数组" : "字典")}";
    }
}
