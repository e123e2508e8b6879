using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DocCheck.Ingest.Pdf.Decoding;

/// <summary>
/// PdfPig's filters, each behind a <see cref="DecodeBudget"/>: a stream whose encoded bytes could decode to more
/// than is left is measured first (inflated or expanded into nothing but a count, stopping at the limit), so a bomb
/// is refused before PdfPig allocates its output; every decoded stream is charged afterwards.
/// </summary>
/// <remarks>
/// Only the three filters that expand are measured: Flate (up to about 1032:1), LZW (about 1365:1 with 12-bit
/// codes) and RunLength (64:1). The ASCII filters shrink their input, and the image filters are decoded only when
/// an image is asked for, which this engine never does.
/// </remarks>
internal sealed class BoundedFilterProvider(IFilterProvider inner, DecodeBudget budget) : IFilterProvider
{
    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary)
    {
        // Every stream PdfPig reads asks here first, a form each time it is drawn: forms that draw each other (A draws
        // B, B draws A) recurse through PdfPig, which only catches a form drawing itself, so the stack is watched here.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new PageContentTooLargeException("页面中的表单对象相互引用，嵌套过深");
        }

        return Bound(inner.GetFilters(dictionary));
    }

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(inner.GetNamedFilters(names));

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetAllFilters() => Bound(inner.GetAllFilters());

    private IFilter[] Bound(IReadOnlyList<IFilter> filters)
    {
        var bounded = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            bounded[i] = new BoundedFilter(filters[i], budget);
        }

        return bounded;
    }

    private sealed class BoundedFilter(IFilter filter, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.ThrowIfOverrun();
            var left = budget.Left;
            var measure = ExpandedLength.MeasurerFor(filter);
            if (measure is not null && input.Length * ExpandedLength.MaxRatio(filter) > left)
            {
                // Could overrun: count what it decodes to, stopping just past what is left, before PdfPig decodes it.
                var length = measure(input, left + 1);
                if (length > left)
                {
                    budget.Charge(length); // throws: past the stream's limit or what the document has left
                }
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Charge(output.Length);
            return output;
        }
    }
}
