using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>A stream object split into its dictionary and its data, and put together again with a true /Length.</summary>
internal static partial class PdfStreams
{
    /// <summary>Inflated content larger than this is left alone: the mutation is about operators, not size.</summary>
    private const int MaxInflated = 32 << 20;

    public static (string Dictionary, string Data)? Split(string body)
    {
        var keyword = body.IndexOf("stream", StringComparison.Ordinal);
        var end = body.LastIndexOf("endstream", StringComparison.Ordinal);
        if (keyword < 0 || end < keyword)
        {
            return null;
        }

        var data = keyword + "stream".Length;
        data += body.AsSpan(data).StartsWith("\r\n") ? 2 : body.AsSpan(data).StartsWith("\n") ? 1 : 0;
        return (body[..keyword], body[data..end]);
    }

    /// <summary>The stream's body with new data; its /Length is set, and its /Filter when one is given.</summary>
    public static string Join(string dictionary, string data, string? filter)
    {
        var length = "/Length " + data.Length.ToString(CultureInfo.InvariantCulture);
        dictionary = Length().IsMatch(dictionary) ? Length().Replace(dictionary, length, 1) : Insert(dictionary, length);
        if (filter is not null)
        {
            dictionary = DecodeParameters().Replace(dictionary, string.Empty);
            dictionary = Filter().IsMatch(dictionary) ? Filter().Replace(dictionary, "/Filter " + filter, 1) : Insert(dictionary, "/Filter " + filter);
        }

        return dictionary + "stream\n" + data + "\nendstream\n";
    }

    /// <summary>The stream a page's /Contents names, or any FlateDecode stream, with its split parts.</summary>
    public static (PdfObject Target, string Dictionary, string Data)? PickFlate(PdfText pdf, Random random)
    {
        var target = pdf.Referenced("Contents", random);
        if (target is null || !target.Body(pdf.Text).Contains("/FlateDecode", StringComparison.Ordinal))
        {
            var streams = pdf.Objects().Where(o => o.Body(pdf.Text).Contains("/FlateDecode", StringComparison.Ordinal)).ToList();
            if (streams.Count == 0)
            {
                return null;
            }

            target = streams[random.Next(streams.Count)];
        }

        return Split(target.Body(pdf.Text)) is { } parts ? (target, parts.Dictionary, parts.Data) : null;
    }

    /// <summary>Inflated stream data as Latin-1 text; null when it does not inflate or is too large to mutate.</summary>
    public static string? Inflate(string data)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(data)), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > MaxInflated)
                {
                    return null;
                }
            }

            return Encoding.Latin1.GetString(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string Deflate(string text) => Encoding.Latin1.GetString(FlateBomb.Compress(Encoding.Latin1.GetBytes(text)));

    private static string Insert(string dictionary, string entry)
    {
        var open = dictionary.IndexOf("<<", StringComparison.Ordinal);
        return open < 0 ? "<<" + entry + ">>" : dictionary[..(open + 2)] + entry + " " + dictionary[(open + 2)..];
    }

    [GeneratedRegex(@"/Length\s+\d+(\s+\d+\s+R)?")]
    private static partial Regex Length();

    [GeneratedRegex(@"/Filter\s*(/[A-Za-z0-9]+|\[[^\]]*\])")]
    private static partial Regex Filter();

    [GeneratedRegex(@"/DecodeParms\s*<<[^>]*>>")]
    private static partial Regex DecodeParameters();
}
