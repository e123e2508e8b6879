using System.IO.Compression;
using System.Text;

namespace DocCheck.Ingest;

/// <summary>Tells what a file is from its bytes, never from its name (reports arrive mislabelled).</summary>
public static class FormatSniffer
{
    /// <summary>Sniffs the format of <paramref name="content"/>.</summary>
    public static SniffedFormat Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan();
        if (head.IsEmpty)
        {
            return SniffedFormat.Empty;
        }

        if (head.StartsWith("PK"u8))
        {
            return SniffZip(content);
        }

        if (head.StartsWith(CompoundFileDirectory.Signature))
        {
            return SniffCompound(head);
        }

        if (IndexOfWithin(head, "%PDF-"u8, 1024) >= 0)
        {
            return SniffedFormat.Pdf;
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return SniffedFormat.Rtf;
        }

        return LooksLikeText(head) ? SniffedFormat.Text : SniffedFormat.Unknown;
    }

    /// <summary>A one-line Chinese description of a format, for messages.</summary>
    public static string Describe(SniffedFormat format) => format switch
    {
        SniffedFormat.Empty => "空文件",
        SniffedFormat.WordOpenXml => "Word 文档（.docx）",
        SniffedFormat.OtherOpenXml => "Excel 或 PowerPoint 文件",
        SniffedFormat.Zip => "压缩包",
        SniffedFormat.DamagedZip => "已损坏的压缩文件",
        SniffedFormat.LegacyWord => "旧版 Word 文档（.doc）",
        SniffedFormat.EncryptedOpenXml => "加密的 Office 文档",
        SniffedFormat.OtherCompound => "旧版 Office 文件（非 Word）",
        SniffedFormat.Pdf => "PDF 文件",
        SniffedFormat.Rtf => "RTF 文件",
        SniffedFormat.Text => "纯文本文件",
        _ => "无法识别的二进制文件",
    };

    private static SniffedFormat SniffZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var hasContentTypes = false;
            var hasWordDocument = false;
            foreach (var entry in zip.Entries)
            {
                hasContentTypes |= entry.FullName == "[Content_Types].xml";
                hasWordDocument |= entry.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase);
            }

            return (hasContentTypes, hasWordDocument) switch
            {
                (true, true) => SniffedFormat.WordOpenXml,
                (true, false) => SniffedFormat.OtherOpenXml,
                _ => SniffedFormat.Zip,
            };
        }
        catch (InvalidDataException)
        {
            return SniffedFormat.DamagedZip;
        }
    }

    private static SniffedFormat SniffCompound(ReadOnlySpan<byte> content)
    {
        var names = CompoundFileDirectory.ReadNames(content);
        if (names is null)
        {
            // A damaged directory: fall back on the stream names as they appear in the raw bytes.
            if (IndexOfWithin(content, Encoding.Unicode.GetBytes("EncryptedPackage"), content.Length) >= 0)
            {
                return SniffedFormat.EncryptedOpenXml;
            }

            return IndexOfWithin(content, Encoding.Unicode.GetBytes("WordDocument"), content.Length) >= 0
                ? SniffedFormat.LegacyWord
                : SniffedFormat.OtherCompound;
        }

        if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
        {
            return SniffedFormat.EncryptedOpenXml;
        }

        return names.Contains("WordDocument") ? SniffedFormat.LegacyWord : SniffedFormat.OtherCompound;
    }

    private static int IndexOfWithin(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, int limit) =>
        content[..Math.Min(limit, content.Length)].IndexOf(value);

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(4096, head.Length)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        return control * 20 < sample.Length && Utf8OrGbLike(sample);
    }

    private static bool Utf8OrGbLike(ReadOnlySpan<byte> sample)
    {
        // Valid UTF-8 (allowing a cut-off last character) or mostly ASCII is text enough for a clear message.
        var ascii = 0;
        foreach (var b in sample)
        {
            if (b < 0x80)
            {
                ascii++;
            }
        }

        return ascii * 2 > sample.Length || Encoding.UTF8.GetCharCount(sample) > 0 && !HasInvalidUtf8(sample);
    }

    private static bool HasInvalidUtf8(ReadOnlySpan<byte> sample)
    {
        var trimmed = sample.Length > 4 ? sample[..^4] : sample;
        return System.Text.Unicode.Utf8.IsValid(trimmed) is false;
    }
}
