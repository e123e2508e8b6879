using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Shortens every chain of objects that are nothing but a reference to another object (<c>4 0 obj 6 0 R endobj</c>)
/// to one step, and turns a loop of them into <c>null</c>, before any page is read.
/// </summary>
/// <remarks>
/// PdfPig 0.1.16 follows such a chain by recursion, and on some paths (a page's <c>/Contents</c>) without its depth
/// guard: a 782-byte file whose two objects name each other overflows the stack, which ends the process — no
/// <c>catch</c> can stop it. The PDF specification reads a reference to nothing as <c>null</c>, and a loop never
/// reaches anything, so replacing the loop with <c>null</c> reads the file as any viewer would. Chains are resolved
/// iteratively and remembered, so the work is linear in the objects of the file; an object stored plainly in the
/// file is first looked at in its bytes (<see cref="PlainObject"/>), so only the rare bare reference is parsed —
/// parsing every object first cost a fifth of the time of reading a Chromium PDF.
/// </remarks>
internal static class ReferenceChains
{
    /// <summary>Installs the shortened chains in the document's object scanner.</summary>
    /// <returns>How many objects were part of a loop (now <c>null</c>).</returns>
    public static int Shorten(PdfDocument document, ReadOnlySpan<byte> file)
    {
        var scanner = document.Structure.TokenScanner;
        var resolved = new Dictionary<IndirectReference, IToken>();
        var looped = 0;
        foreach (var (start, location) in document.Structure.CrossReferenceTable.ObjectOffsets)
        {
            if (resolved.ContainsKey(start)
                || (location.Type == XrefEntryType.File && PlainObject.IsSurelyNotAReference(file, location.Value1, start.ObjectNumber, start.Generation))
                || Data(scanner, start) is not IndirectReferenceToken)
            {
                continue;
            }

            // Walk to the first object that is not a bare reference, a known end, or back onto the walk itself.
            var walk = new List<IndirectReference> { start };
            var onWalk = new HashSet<IndirectReference> { start };
            IToken end;
            while (true)
            {
                var next = ((IndirectReferenceToken)Data(scanner, walk[^1])!).Data;
                if (resolved.TryGetValue(next, out var known))
                {
                    end = known;
                    break;
                }

                if (!onWalk.Add(next))
                {
                    end = NullToken.Instance;
                    looped += walk.Count - walk.IndexOf(next);
                    break;
                }

                var data = Data(scanner, next);
                if (data is not IndirectReferenceToken)
                {
                    end = data ?? NullToken.Instance;
                    break;
                }

                walk.Add(next);
            }

            foreach (var reference in walk)
            {
                resolved[reference] = end;
                scanner.ReplaceToken(reference, end);
            }
        }

        return looped;
    }

    private static IToken? Data(IPdfTokenScanner scanner, IndirectReference reference)
    {
        try
        {
            return scanner.Get(reference)?.Data;
        }
#pragma warning disable CA1031 // Any parse failure of one object means only that this object is no link in a chain.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // A broken object stays broken: PdfPig reports it, if a page needs it, where it is used.
            return null;
        }
    }
}
