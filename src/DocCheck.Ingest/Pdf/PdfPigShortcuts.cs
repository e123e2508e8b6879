using System.Reflection;
using DocCheck.Ingest.Pdf.Decoding;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Puts <see cref="GlyphBoxParser"/> and <see cref="DecodedGlyphCache"/> in front of a document's page parser and
/// stream decoder, which PdfPig 0.1.16 offers no setting for.
/// </summary>
/// <remarks>
/// Both are public read-only fields of the document's page factory, reached and set by reflection before the first
/// page is read. If a PdfPig update moves them, documents are read the ordinary way, only slower; a test says so.
/// </remarks>
internal static class PdfPigShortcuts
{
    private static readonly FieldInfo? DocumentPages = typeof(PdfDocument).GetField("pages", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? DefaultPageFactory = DocumentPages?.FieldType.GetField("defaultPageFactory", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? FactoryParser = typeof(BasePageFactory<Page>).GetField(nameof(BasePageFactory<Page>.PageContentParser));
    private static readonly FieldInfo? FactoryFilters = typeof(BasePageFactory<Page>).GetField(nameof(BasePageFactory<Page>.FilterProvider));

    /// <summary>
    /// Installs both shortcuts (once), the glyph-box parser in front of a <see cref="PageContentLimit"/> when a budget
    /// is given; false if this PdfPig has no place for them.
    /// </summary>
    public static bool TryInstall(PdfDocument document, DecodeBudget? budget = null)
    {
        if (FactoryParser is null || FactoryFilters is null || Factory(document) is not { } factory)
        {
            return false;
        }

        if (factory.PageContentParser is not GlyphBoxParser)
        {
            var parser = budget is null ? factory.PageContentParser : new PageContentLimit(factory.PageContentParser, budget);
            FactoryParser.SetValue(factory, new GlyphBoxParser(parser));
        }

        if (factory.FilterProvider is not DecodedGlyphCache)
        {
            FactoryFilters.SetValue(factory, new DecodedGlyphCache(factory.FilterProvider));
        }

        return true;
    }

    /// <summary>Whether a document reads its pages through both shortcuts.</summary>
    public static bool AreInstalled(PdfDocument document) =>
        Factory(document) is { PageContentParser: GlyphBoxParser, FilterProvider: DecodedGlyphCache };

    /// <summary>The document's stream cache, if installed.</summary>
    internal static DecodedGlyphCache? CacheOf(PdfDocument document) => Factory(document)?.FilterProvider as DecodedGlyphCache;

    private static BasePageFactory<Page>? Factory(PdfDocument document) =>
        DocumentPages?.GetValue(document) is { } pages ? DefaultPageFactory?.GetValue(pages) as BasePageFactory<Page> : null;
}
