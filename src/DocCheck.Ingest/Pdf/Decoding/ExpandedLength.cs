using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;

namespace DocCheck.Ingest.Pdf.Decoding;

/// <summary>Counts what an expanding filter's input decodes to, without keeping the output.</summary>
internal static class ExpandedLength
{
    /// <summary>Counts decoded bytes of <paramref name="encoded"/>, stopping once the count reaches <paramref name="stopAt"/>.</summary>
    public delegate long Measure(ReadOnlyMemory<byte> encoded, long stopAt);

    /// <summary>The counter for a filter that expands its input, or null for one that does not.</summary>
    public static Measure? MeasurerFor(IFilter filter) => filter switch
    {
        FlateFilter => Inflated,
        LzwFilter => LzwDecoded,
        RunLengthFilter => RunLengthDecoded,
        _ => null,
    };

    /// <summary>The most one encoded byte can decode to (rounded up), for filters with a measurer.</summary>
    public static long MaxRatio(IFilter filter) => filter switch
    {
        FlateFilter => 1032,
        LzwFilter => 1366,
        RunLengthFilter => 64,
        _ => 1,
    };

    /// <summary>
    /// Inflates as PdfPig does (the two-byte zlib header skipped, raw deflate after it) into a scratch buffer. Broken
    /// data ends the count where decoding stops, as it ends PdfPig's output.
    /// </summary>
    public static long Inflated(ReadOnlyMemory<byte> encoded, long stopAt)
    {
        if (encoded.Length <= 2)
        {
            return 0;
        }

        var bytes = MemoryMarshal.TryGetArray(encoded, out var segment) ? segment : new ArraySegment<byte>(encoded.ToArray());
        using var compressed = new MemoryStream(bytes.Array!, bytes.Offset + 2, bytes.Count - 2, writable: false);
        using var inflate = new DeflateStream(compressed, CompressionMode.Decompress);
        var scratch = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while (total < stopAt && (read = inflate.Read(scratch)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt beyond this point: nothing more comes out of it.
        }

        return total;
    }

    /// <summary>
    /// Runs the LZW code stream (ISO 32000-1, 7.4.4) keeping only each table entry's length: 9- to 12-bit codes, 256
    /// clears the table, 257 ends the data, the code width grows one code early (EarlyChange 1, the default).
    /// </summary>
    public static long LzwDecoded(ReadOnlyMemory<byte> encoded, long stopAt)
    {
        const int Clear = 256, End = 257, First = 258, MaxCodes = 4096;
        var lengths = new int[MaxCodes];
        long total = 0;
        var next = First;
        var width = 9;
        var previous = -1;
        var bits = 0;
        var buffer = 0;
        foreach (var b in encoded.Span)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= width)
            {
                var code = (buffer >> (bits - width)) & ((1 << width) - 1);
                bits -= width;
                buffer &= (1 << bits) - 1;
                if (code == Clear)
                {
                    next = First;
                    width = 9;
                    previous = -1;
                    continue;
                }

                if (code == End)
                {
                    return total;
                }

                int length;
                if (code < 256)
                {
                    length = 1;
                }
                else if (code < next)
                {
                    length = lengths[code];
                }
                else if (code == next && previous >= 0)
                {
                    length = Length(previous, lengths) + 1; // the KwKwK case: the entry being defined
                }
                else
                {
                    return total; // a code not yet defined: the data is broken here
                }

                if (previous >= 0 && next < MaxCodes)
                {
                    lengths[next++] = Length(previous, lengths) + 1;
                }

                total += length;
                if (total >= stopAt)
                {
                    return total;
                }

                previous = code;
                if (next + 1 >= 1 << width && width < 12)
                {
                    width++;
                }
            }
        }

        return total;

        static int Length(int code, int[] lengths) => code < 256 ? 1 : lengths[code];
    }

    /// <summary>RunLength (ISO 32000-1, 7.4.5): a length byte n copies n + 1 bytes (n &lt; 128) or repeats one 257 − n times.</summary>
    public static long RunLengthDecoded(ReadOnlyMemory<byte> encoded, long stopAt)
    {
        var data = encoded.Span;
        long total = 0;
        var i = 0;
        while (i < data.Length && total < stopAt)
        {
            var n = data[i];
            if (n == 128)
            {
                break;
            }

            if (n < 128)
            {
                total += n + 1;
                i += n + 2;
            }
            else
            {
                total += 257 - n;
                i += 2;
            }
        }

        return total;
    }
}
