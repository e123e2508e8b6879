using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Decodes each small stream of a document's pages once: a stream decoded again (the same stream object, not merely
/// an equal one) is answered from what it decoded to the first time.
/// </summary>
/// <remarks>
/// PdfPig 0.1.16 inflates a Type 3 glyph's description on every page the glyph is printed on, because it keeps glyph
/// boxes per page. In Chromium's PDFs 55–90 % of those inflations repeat one already done on an earlier page. Only
/// streams without a /Subtype (glyph descriptions and page contents, not images or forms) of at most
/// <see cref="MaxCachedBytes"/> decoded bytes are kept, and only for the life of the document, which reads one page
/// at a time on one thread. Installed by <see cref="PdfPigShortcuts"/>.
/// </remarks>
internal sealed class DecodedGlyphCache(ILookupFilterProvider filters) : ILookupFilterProvider
{
    /// <summary>Larger decoded streams are not kept (a glyph description is well under 1 KB).</summary>
    internal const int MaxCachedBytes = 16 * 1024;

    private readonly Dictionary<DictionaryToken, Memory<byte>> _decoded = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many decodings were answered from the cache (for tests).</summary>
    internal int Reused { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary, IPdfTokenScanner scanner)
    {
        var chain = filters.GetFilters(dictionary, scanner);
        if (chain.Count == 0 || dictionary.ContainsKey(NameToken.Subtype))
        {
            return chain;
        }

        if (_decoded.TryGetValue(dictionary, out var decoded))
        {
            Reused++;
            return [new Replay(decoded)];
        }

        // The last filter's output is what the stream decodes to: remember it on the way out.
        var recorded = new IFilter[chain.Count];
        for (var i = 0; i < chain.Count - 1; i++)
        {
            recorded[i] = chain[i];
        }

        recorded[^1] = new Record(chain[^1], this, dictionary);
        return recorded;
    }

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => filters.GetFilters(dictionary);

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => filters.GetNamedFilters(names);

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetAllFilters() => filters.GetAllFilters();

    private sealed class Record(IFilter last, DecodedGlyphCache cache, DictionaryToken stream) : IFilter
    {
        public bool IsSupported => last.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var output = last.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (output.Length <= MaxCachedBytes)
            {
                cache._decoded[stream] = output;
            }

            return output;
        }
    }

    // A stream's whole chain collapsed into one step that ignores the encoded bytes.
    private sealed class Replay(Memory<byte> decoded) : IFilter
    {
        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex) => decoded;
    }
}
