using System.Globalization;
using DocCheck.Core.Errors;

namespace DocCheck.Ingest.Pdf.Decoding;

/// <summary>
/// How many bytes one document's compressed streams may decode to, per stream and in all: a 1.5 MB PDF can inflate
/// to gigabytes (a decompression bomb), and PdfPig decodes a stream whole, into memory, before anyone can look.
/// </summary>
/// <remarks>
/// One budget per document, used from the one thread that reads it. A stream is measured before it is decoded when
/// its encoded size could exceed what is left (<see cref="BoundedFilterProvider"/>); every decoded stream is then
/// charged. The first overrun is kept, so that a reader which finds PdfPig swallowed the exception (some font paths
/// do) can still stop the document with the same reason.
/// </remarks>
internal sealed class DecodeBudget(long maxStreamBytes, long maxDocumentBytes, long maxPageContentBytes)
{
    private long _decoded;
    private int _contentPage;
    private long _pageContent;

    /// <summary>The most one stream may decode to.</summary>
    public long MaxStreamBytes { get; } = maxStreamBytes;

    /// <summary>The most all streams of the document may decode to, counted every time one is decoded.</summary>
    public long MaxDocumentBytes { get; } = maxDocumentBytes;

    /// <summary>The most content (operators and their operands) one page's streams may hold, forms and glyphs included.</summary>
    public long MaxPageContentBytes { get; } = maxPageContentBytes;

    /// <summary>What may still be decoded by one stream without overrunning either limit.</summary>
    public long Left => Math.Min(MaxStreamBytes, MaxDocumentBytes - _decoded);

    /// <summary>The first overrun, if any.</summary>
    public UnreadableDocumentException? Overrun { get; private set; }

    /// <summary>Charges a decoded (or measured) length; throws the overrun when a limit is passed.</summary>
    public void Charge(long decodedBytes)
    {
        if (decodedBytes > MaxStreamBytes)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"PDF 中有一个数据流解压后超过 {Megabytes(MaxStreamBytes)} MB"));
        }

        _decoded += decodedBytes;
        if (_decoded > MaxDocumentBytes)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"PDF 的数据流解压后合计超过 {Megabytes(MaxDocumentBytes)} MB"));
        }
    }

    /// <summary>Charges a content stream about to be parsed for a page; throws when the page's content passes its limit.</summary>
    public void ChargePageContent(int pageNumber, long bytes)
    {
        if (pageNumber != _contentPage)
        {
            _contentPage = pageNumber;
            _pageContent = 0;
        }

        _pageContent += bytes;
        if (_pageContent > MaxPageContentBytes)
        {
            throw new PageContentTooLargeException(string.Create(CultureInfo.InvariantCulture, $"页面内容超过 {Megabytes(MaxPageContentBytes)} MB"));
        }
    }

    /// <summary>Throws the overrun if one happened, even where PdfPig caught it.</summary>
    public void ThrowIfOverrun()
    {
        if (Overrun is { } overrun)
        {
            throw overrun;
        }
    }

    private UnreadableDocumentException Fail(string what) =>
        Overrun ??= new UnreadableDocumentException(UnreadableReason.TooLarge, what + "（压缩炸弹或内容过大），已停止读取。");

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
