using DocCheck.Ingest.Pdf.Decoding;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>The counters that measure a stream before PdfPig decodes it agree with PdfPig's own decoders.</summary>
public sealed class ExpandedLengthTests
{
    public static TheoryData<string> Samples => new() { "zeros", "random", "text", "mixed" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void LzwCount_EqualsWhatPdfPigDecodes(string sample)
    {
        var encoded = LzwEncode(Sample(sample));

        var decoded = new LzwFilter().Decode(encoded, DictionaryToken.Empty, DefaultFilterProvider.Instance, 0);

        Assert.Equal(Sample(sample).Length, decoded.Length);
        Assert.Equal(decoded.Length, ExpandedLength.LzwDecoded(encoded, long.MaxValue));
    }

    [Fact]
    public void LzwCount_OfTheSpecificationsExample_IsTen()
    {
        // ISO 32000-1, 7.4.4.2: "-----A---B" encodes to these nine bytes.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        Assert.Equal(10, ExpandedLength.LzwDecoded(encoded, long.MaxValue));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void FlateCount_EqualsWhatPdfPigDecodes(string sample)
    {
        var encoded = new FlateFilter().Encode(new MemoryStream(Sample(sample)), DictionaryToken.Empty);

        var decoded = new FlateFilter().Decode(encoded, DictionaryToken.Empty, DefaultFilterProvider.Instance, 0);

        Assert.Equal(decoded.Length, ExpandedLength.Inflated(encoded, long.MaxValue));
    }

    [Fact]
    public void RunLengthCount_EqualsWhatPdfPigDecodes()
    {
        // A literal run of 3, a repeat of 100 'x', a literal run of 1, end of data.
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 257 - 100, (byte)'x', 0, (byte)'z', 128];

        var decoded = new RunLengthFilter().Decode(encoded, DictionaryToken.Empty, DefaultFilterProvider.Instance, 0);

        Assert.Equal(104, decoded.Length);
        Assert.Equal(104, ExpandedLength.RunLengthDecoded(encoded, long.MaxValue));
    }

    [Fact]
    public void Counting_StopsAtTheLimit_WithoutDecodingTheRest()
    {
        var encoded = LzwEncode(new byte[5_000_000]);

        var counted = ExpandedLength.LzwDecoded(encoded, 1_000_000);

        Assert.InRange(counted, 1_000_000, 1_010_000);
    }

    private static byte[] Sample(string name)
    {
        var random = new Random(name.Length);
        var bytes = new byte[200_000];
        switch (name)
        {
            case "random":
                random.NextBytes(bytes);
                break;
            case "text":
                var text = "项目预算 558.01 万元，实际支出 512.02 万元，执行率 91.76%。 BT /F1 12 Tf (abc) Tj ET\n"u8.ToArray();
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = text[i % text.Length];
                }

                break;
            case "mixed":
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)((i / 1000 % 2 == 0) ? 0 : random.Next(4));
                }

                break;
            default:
                break;
        }

        return bytes;
    }

    // A plain LZW encoder as ISO 32000-1 describes it (9- to 12-bit codes, EarlyChange 1, a clear code when full).
    private static byte[] LzwEncode(byte[] data)
    {
        var output = new List<byte>();
        int buffer = 0, bits = 0, width = 9, next = 258;
        var table = new Dictionary<(int Prefix, byte Next), int>();
        void Put(int code)
        {
            buffer = (buffer << width) | code;
            bits += width;
            while (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        Put(256);
        var prefix = -1;
        foreach (var b in data)
        {
            if (prefix < 0)
            {
                prefix = b;
                continue;
            }

            if (table.TryGetValue((prefix, b), out var code))
            {
                prefix = code;
                continue;
            }

            Put(prefix);
            table[(prefix, b)] = next++;

            // The decoder defines each entry one code later than the encoder, so "one code early" is exactly here.
            if (next >= 1 << width && width < 12)
            {
                width++;
            }

            if (next >= 4094)
            {
                Put(256);
                table.Clear();
                next = 258;
                width = 9;
            }

            prefix = b;
        }

        if (prefix >= 0)
        {
            Put(prefix);
        }

        Put(257);
        if (bits > 0)
        {
            output.Add((byte)(buffer << (8 - bits)));
        }

        return [.. output];
    }
}
