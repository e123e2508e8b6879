using System.IO.Compression;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// zlib data that inflates to any length of a repeated pattern, made in milliseconds: deflate emits a byte-aligned
/// block run at each sync flush, and once its 32 KB window holds the pattern, the run for one more chunk of the
/// pattern is the same every time, so it can be repeated. The checksum is combined arithmetically, so the data is
/// valid zlib however strict the reader.
/// </summary>
internal static class FlateBomb
{
    private const uint AdlerBase = 65521;
    private const int ChunkBytes = 1 << 20;

    /// <summary>zlib data inflating to about <paramref name="totalBytes"/> bytes (whole chunks of about 1 MB).</summary>
    public static byte[] Zlib(byte[] pattern, long totalBytes)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var chunk = new byte[ChunkBytes / pattern.Length * pattern.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = pattern[i % pattern.Length];
        }

        using var buffer = new MemoryStream();
        using var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(chunk);
        deflate.Flush();
        var first = buffer.ToArray();
        deflate.Write(chunk);
        deflate.Flush();
        var steady = buffer.ToArray()[first.Length..];

        var count = Math.Max(1, totalBytes / chunk.Length);
        var chunkAdler = Adler32(chunk);
        var adler = chunkAdler;
        using var output = new MemoryStream();
        output.Write([0x78, 0xDA]);
        output.Write(first);
        for (var i = 1; i < count; i++)
        {
            output.Write(steady);
            adler = Combine(adler, chunkAdler, chunk.Length);
        }

        output.Write([0x03, 0x00]); // a final fixed-Huffman block holding only its end code
        output.Write([(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler]);
        return output.ToArray();
    }

    /// <summary>Ordinary zlib compression (the outer layer of a doubly compressed bomb).</summary>
    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % AdlerBase;
            b = (b + a) % AdlerBase;
        }

        return (b << 16) | a;
    }

    // zlib's adler32_combine: the checksum of A followed by B from those of A and B and B's length.
    private static uint Combine(uint adler1, uint adler2, long length2)
    {
        var remainder = (uint)(length2 % AdlerBase);
        var sum1 = adler1 & 0xffff;
        var sum2 = (uint)((ulong)remainder * sum1 % AdlerBase);
        sum1 += (adler2 & 0xffff) + AdlerBase - 1;
        sum2 += ((adler1 >> 16) & 0xffff) + ((adler2 >> 16) & 0xffff) + AdlerBase - remainder;
        if (sum1 >= AdlerBase)
        {
            sum1 -= AdlerBase;
        }

        if (sum1 >= AdlerBase)
        {
            sum1 -= AdlerBase;
        }

        if (sum2 >= AdlerBase << 1)
        {
            sum2 -= AdlerBase << 1;
        }

        if (sum2 >= AdlerBase)
        {
            sum2 -= AdlerBase;
        }

        return sum1 | (sum2 << 16);
    }
}
