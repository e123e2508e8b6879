using System.Diagnostics;
using System.Globalization;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocCheck.Ingest.Pdf.Decoding;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Reads a PDF with PdfPig into the same document model as the Word reader: lines built from letters (Chinese
/// joined without spaces), paragraphs, headings, running headers and footers dropped, ruled tables rebuilt from
/// their lines and joined across pages. Every block and cell carries its page and box.
/// </summary>
/// <remarks>
/// A <see cref="PdfDocument"/> is not thread-safe and PdfPig takes no cancellation token: one reader call works
/// through one file's pages in order and checks its time and page limits between pages. Parallelise across files.
/// </remarks>
public sealed class PdfReader(PdfReaderOptions? options = null) : IDocumentReader
{
    private readonly PdfReaderOptions _options = options ?? PdfReaderOptions.Default;

    /// <summary>A reader with the default limits.</summary>
    public static PdfReader Instance { get; } = new();

    /// <inheritdoc/>
    public bool CanRead(SniffedFormat format) => format == SniffedFormat.Pdf;

    /// <inheritdoc/>
    public ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        SizeLimit.Check(source, _options.MaxFileBytes);

        // PdfPig cannot be interrupted: the limits are checked between pages, and a watchdog returns a reason even if
        // one page never finishes (the abandoned read runs on until PdfPig gives up; its result is dropped).
        var reading = Task.Run(() => ReadLimited(source, cancellationToken), CancellationToken.None);
        var waitLimit = _options.TimeLimit + _options.TimeLimit + TimeSpan.FromSeconds(5);
        try
        {
            if (!reading.Wait(waitLimit, cancellationToken))
            {
                throw new UnreadableDocumentException(UnreadableReason.TimedOut, string.Create(CultureInfo.InvariantCulture,
                    $"读取 PDF 超过时限 {_options.TimeLimit.TotalSeconds:0} 秒（单页解析未能结束），已停止。"));
            }

            return reading.Result;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private ReportDocument ReadLimited(DocumentSource source, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var budget = _options.NewDecodeBudget();
            using var pdf = Open(source.Content, budget: budget);
            var pageCount = pdf.NumberOfPages;
            if (pageCount == 0)
            {
                throw new UnreadableDocumentException(UnreadableReason.Corrupt, "PDF 中没有任何页面，可能已损坏。");
            }

            if (pageCount > _options.MaxPages)
            {
                throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"PDF 共 {pageCount} 页，超过上限 {_options.MaxPages} 页，未读取。"));
            }

            var builder = new ReportDocumentBuilder(source.FileName, source.Sha256, "pdf")
            {
                PageCount = pageCount,
                PropertiesTitle = string.IsNullOrWhiteSpace(pdf.Information.Title) ? null : pdf.Information.Title.Trim(),
            };
            var pages = new List<PageContent>(pageCount);
            var forms = new FormNesting(pdf);
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > _options.TimeLimit)
                {
                    throw new UnreadableDocumentException(UnreadableReason.TimedOut, string.Create(CultureInfo.InvariantCulture,
                        $"读取 PDF 超过时限 {_options.TimeLimit.TotalSeconds:0} 秒（已读 {number - 1}/{pageCount} 页），已停止。"));
                }

                pages.Add(ReadPage(pdf, forms, number, builder));
                budget.ThrowIfOverrun(); // PdfPig catches some exceptions (a font it cannot load): not this one
            }

            ThrowIfNothingUsable(pages);
            DocumentAssembler.Assemble(pages, builder);
            return builder.Build();
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted, "PDF 已加密（设有打开密码），请取消密码后重新提交。", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or PdfDocumentStackDepthException)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, "PDF 文件已损坏或结构异常，无法解析（" + What(ex) + "）。", ex);
        }
    }

    /// <summary>
    /// Opens a PDF the way every part of the engine reads it: lenient, paths clipped as drawn, and through
    /// <see cref="PdfPigShortcuts"/> (<paramref name="shortcuts"/> false only to show they change nothing).
    /// </summary>
    internal static PdfDocument Open(byte[] content, bool shortcuts = true, DecodeBudget? budget = null)
    {
        // From bytes, not a stream: PdfPig reads a byte array several times faster. Every stream it decodes, from the
        // cross-reference streams on, is decoded within the budget.
        budget ??= PdfReaderOptions.Default.NewDecodeBudget();
        var filters = new BoundedFilterProvider(DefaultFilterProvider.Instance, budget);
        var document = PdfDocument.Open(ReferenceLoops.Break(content), new ParsingOptions { UseLenientParsing = true, ClipPaths = true, FilterProvider = filters });
        ReferenceChains.Shorten(document, content);
        if (shortcuts)
        {
            PdfPigShortcuts.TryInstall(document, budget);
        }

        return document;
    }

    /// <summary>One page; a page PdfPig cannot parse is skipped and reported, the rest of the file still counts.</summary>
    private PageContent ReadPage(PdfDocument pdf, FormNesting forms, int number, ReportDocumentBuilder builder)
    {
        PageContent content;
        try
        {
            if (forms.Problem(number) is { } nesting)
            {
                throw new PageContentTooLargeException(nesting);
            }

            var page = pdf.GetPage(number);
            content = PageAnalyzer.Analyze(page, _options, message => builder.AddDiagnostic(new IngestDiagnostic("ingest.pdf-page", message, SourceLocation.OfPage(number))));
        }
        catch (Exception ex) when (ex is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException))
        {
            content = new PageContent { Number = number, Height = 0, Lines = [], Tables = [], Problem = $"第{number}页无法解析（{What(ex)}）" };
        }

        if (content.Problem is { } problem)
        {
            builder.AddDiagnostic(new IngestDiagnostic("ingest.pdf-page-unreadable", problem + "，已跳过。", SourceLocation.OfPage(number)));
        }

        return content;
    }

    private static void ThrowIfNothingUsable(List<PageContent> pages)
    {
        if (pages.Any(p => p.Lines.Count > 0 || p.Tables.Count > 0))
        {
            return;
        }

        if (pages.All(p => p.Problem is null))
        {
            throw new UnreadableDocumentException(UnreadableReason.NoTextLayer, "PDF 没有文字层（可能是扫描件），暂不支持 OCR 识别，请提交 Word 版本或可复制文字的 PDF。");
        }

        var problems = pages.Where(p => p.Problem is not null).ToList();
        if (problems.All(p => p.Undecodable))
        {
            throw new UnreadableDocumentException(UnreadableReason.UndecodableText,
                "PDF 的文字无法解码（字体缺少 Unicode 映射，提取出的是乱码），请提交 Word 版本或重新导出 PDF。");
        }

        throw new UnreadableDocumentException(UnreadableReason.Corrupt, "PDF 没有可读取的页面：" + problems.First(p => !p.Undecodable).Problem + "。");
    }

    /// <summary>What is wrong, briefly; the exception stays attached for logs.</summary>
    private static string What(Exception ex) => ex switch
    {
        PdfDocumentStackDepthException => "对象嵌套过深",
        PageContentTooLargeException => ex.Message,
        PdfDocumentFormatException => "结构不符合 PDF 规范",
        _ => "内容无法识别",
    };
}
