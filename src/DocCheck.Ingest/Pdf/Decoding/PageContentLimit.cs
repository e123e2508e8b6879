using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;

namespace DocCheck.Ingest.Pdf.Decoding;

/// <summary>
/// Refuses a page whose content streams (the page's own, its forms', its glyphs') add up to more than
/// <see cref="DecodeBudget.MaxPageContentBytes"/> before PdfPig parses them into operations.
/// </summary>
/// <remarks>
/// PdfPig turns every operator into an object and every shown character into a letter, some hundred bytes each: a
/// 66 KB file whose one page shows 15 million letters took 22 s and 370 MB. The largest page content in the corpus
/// is 51 KB, so a limit in megabytes costs real reports nothing and ends such a page at once; the other pages of the
/// file are still read.
/// </remarks>
internal sealed class PageContentLimit(IPageContentParser parser, DecodeBudget budget) : IPageContentParser
{
    /// <inheritdoc/>
    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        // Forms that draw each other (A draws B, B draws A) recurse through PdfPig, which only catches a form drawing
        // itself; every level parses a content stream here, so this is where the stack is watched.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new PageContentTooLargeException("页面中的表单对象相互引用，嵌套过深");
        }

        budget.ChargePageContent(pageNumber, inputBytes.Length - inputBytes.CurrentOffset);
        return parser.Parse(pageNumber, inputBytes, log);
    }
}

/// <summary>A page's content is larger or deeper than the reader parses; the page is skipped with this reason.</summary>
internal sealed class PageContentTooLargeException(string message) : Exception(message);
