using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>One indirect object: where its body (between <c>obj</c> and <c>endobj</c>) lies in the file.</summary>
internal sealed record PdfObject(int Number, int Generation, int Start, int BodyStart, int BodyEnd)
{
    public string Body(string text) => text[BodyStart..BodyEnd];
}

/// <summary>
/// A PDF as Latin-1 text (one character per byte, so binary streams survive), with its objects and references found
/// by pattern: enough to rewrite objects, and to rebuild a classic cross-reference table so that a mutation reaches
/// the object layer instead of only the reader's xref repair.
/// </summary>
internal sealed partial class PdfText(string text)
{
    public string Text { get; set; } = text;

    public static PdfText Of(byte[] content) => new(Encoding.Latin1.GetString(content));

    public byte[] Bytes() => Encoding.Latin1.GetBytes(Text);

    public List<PdfObject> Objects()
    {
        var objects = new List<PdfObject>();
        foreach (Match match in ObjectHeader().Matches(Text))
        {
            var end = Text.IndexOf("endobj", match.Index + match.Length, StringComparison.Ordinal);
            if (end > 0)
            {
                objects.Add(new PdfObject(Number(match.Groups[1].Value), Number(match.Groups[2].Value), match.Index, match.Index + match.Length, end));
            }
        }

        return objects;
    }

    public MatchCollection References() => Reference().Matches(Text);

    public void ReplaceBody(PdfObject target, string body) => Text = Text[..target.BodyStart] + body + Text[target.BodyEnd..];

    /// <summary>The number the next appended object gets.</summary>
    public int NextNumber() => Objects().Select(o => o.Number).DefaultIfEmpty().Max() + 1;

    /// <summary>Adds an object before the cross-reference table (its body may name its own number); returns the number.</summary>
    public int Append(Func<int, string> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var number = NextNumber();
        var at = XrefStart() is var xref and > 0 ? xref : Text.Length;
        Text = Text[..at] + string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body(number)}\nendobj\n") + Text[at..];
        return number;
    }

    /// <summary>The object a page's /Contents or another key refers to, when the file has one.</summary>
    public PdfObject? Referenced(string key, Random random)
    {
        var numbers = KeyReference().Matches(Text).Where(m => m.Groups[1].Value == key).Select(m => Number(m.Groups[2].Value)).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        var wanted = numbers[random.Next(numbers.Count)];
        return Objects().FirstOrDefault(o => o.Number == wanted);
    }

    /// <summary>Writes a classic xref table for the objects as they now lie; leaves files with xref streams alone.</summary>
    public void RebuildXref()
    {
        var xref = XrefStart();
        var trailer = Text.IndexOf("trailer", Math.Max(0, xref), StringComparison.Ordinal);
        if (xref < 0 || trailer < 0)
        {
            return;
        }

        var offsets = new SortedDictionary<int, (int Offset, int Generation)>();
        foreach (var item in Objects().Where(o => o.Start < xref))
        {
            offsets[item.Number] = (item.Start, item.Generation);
        }

        var size = offsets.Keys.DefaultIfEmpty().Max() + 1;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n"));
        for (var number = 1; number < size; number++)
        {
            table.Append(offsets.TryGetValue(number, out var entry)
                ? string.Create(CultureInfo.InvariantCulture, $"{entry.Offset:D10} {entry.Generation:D5} n \n")
                : "0000000000 65535 f \n");
        }

        Text = Text[..xref] + table + Text[trailer..];
        Text = StartXref().Replace(Text, "startxref\n" + xref.ToString(CultureInfo.InvariantCulture), 1, Math.Max(0, Text.LastIndexOf("startxref", StringComparison.Ordinal)));
        Text = TrailerSize().Replace(Text, "/Size " + size.ToString(CultureInfo.InvariantCulture), 1, xref);
    }

    private int XrefStart()
    {
        var at = Text.LastIndexOf("\nxref", StringComparison.Ordinal);
        return at < 0 ? -1 : at + 1;
    }

    private static int Number(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"(?<![0-9])(\d{1,9})\s+(\d{1,5})\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"(?<![0-9])(\d{1,9})\s+(\d{1,5})\s+R\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/([A-Za-z]+)\s+(\d{1,9})\s+\d{1,5}\s+R\b")]
    private static partial Regex KeyReference();

    [GeneratedRegex(@"startxref\s+\d+")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex TrailerSize();
}
