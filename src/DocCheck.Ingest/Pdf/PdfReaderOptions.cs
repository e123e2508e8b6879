using DocCheck.Ingest.Pdf.Decoding;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Limits for reading PDF files. PdfPig takes no cancellation token, so the reader enforces these itself between
/// pages: a hostile or broken file ends with a clear reason instead of holding a worker.
/// </summary>
public sealed class PdfReaderOptions
{
    /// <summary>The defaults.</summary>
    public static PdfReaderOptions Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 100 MB).</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most pages read; longer files are refused before any page is parsed (default 500).</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Longest time spent reading one file (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most letters on one page; pages beyond it are skipped and reported (default 60,000).</summary>
    public int MaxLettersPerPage { get; init; } = 60_000;

    /// <summary>Most ruling segments on one page used to rebuild tables; pages beyond it keep their text only (default 4,000).</summary>
    public int MaxRulingsPerPage { get; init; } = 4_000;

    /// <summary>
    /// Most bytes one compressed stream may decode to (default 64 MB; a page's text is well under 1 MB, an embedded
    /// Chinese font under 20 MB). A stream that would decode to more ends the file: a decompression bomb.
    /// </summary>
    public long MaxDecodedStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most bytes all of a file's streams may decode to, counted each time one is decoded (default 512 MB).</summary>
    public long MaxDecodedDocumentBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Most content one page's streams may hold before it is parsed (default 8 MB; the largest page in the corpus holds
    /// 51 KB). A page beyond it is skipped and named, like a page with too many letters.
    /// </summary>
    public long MaxPageContentBytes { get; init; } = 8L * 1024 * 1024;

    internal DecodeBudget NewDecodeBudget() => new(MaxDecodedStreamBytes, MaxDecodedDocumentBytes, MaxPageContentBytes);
}
