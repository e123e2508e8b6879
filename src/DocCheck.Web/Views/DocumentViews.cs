using System.Text.RegularExpressions;
using DocCheck.CheckHost;
using DocCheck.Core.Documents;
using DocCheck.Ingest.Pdf;
using DocCheck.Jobs.Storage;
using DocCheck.Review.Html;

namespace DocCheck.Web.Views;

/// <summary>
/// The rendered views of a checked report (written by the check process): the document as HTML and, for a PDF, each
/// page as SVG — with a finding's evidence marked.
/// </summary>
public sealed partial class DocumentViews(FileStore files)
{
    /// <summary>The document's HTML with the elements of <paramref name="marked"/> carrying <c>data-mark</c>; null when missing.</summary>
    public async Task<string?> DocumentHtmlAsync(StoredResult result, IEnumerable<SourceLocation> marked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var views = await files.LocalViewsAsync(result.Sha256, result.EngineVersion, cancellationToken).ConfigureAwait(false);
        var path = Path.Combine(views, CheckOutputs.DocumentHtml);
        if (!File.Exists(path))
        {
            return null;
        }

        var html = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var anchor in marked.Select(DocumentHtmlWriter.AnchorId).OfType<string>().Distinct())
        {
            // Anchors are generated from numbers only; anything else is not ours and is not spliced into markup.
            if (SafeAnchor().IsMatch(anchor))
            {
                html = html.Replace($"id=\"{anchor}\"", $"id=\"{anchor}\" data-mark=\"1\"", StringComparison.Ordinal);
            }
        }

        return html;
    }

    /// <summary>A page's SVG with the boxes marked; null when the report has no such page view.</summary>
    public async Task<string?> PageSvgAsync(StoredResult result, int page, IEnumerable<BoundingBox> boxes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (page < 1 || page > result.Pages)
        {
            return null;
        }

        var views = await files.LocalViewsAsync(result.Sha256, result.EngineVersion, cancellationToken).ConfigureAwait(false);
        var path = CheckOutputs.PagePath(views, page);
        return File.Exists(path) ? PdfPageRenderer.Mark(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), boxes) : null;
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SafeAnchor();
}
