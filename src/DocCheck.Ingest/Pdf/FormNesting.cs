using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Finds, before a page is drawn, forms (Form XObjects) that draw each other in a loop or nest deeper than any
/// document does: PdfPig 0.1.16 draws forms by recursion and only notices a form that draws itself, so a page whose
/// form A draws B and B draws A overflows the stack, which ends the process.
/// </summary>
/// <remarks>
/// A walk over the page's resources: each form may draw every XObject its resources name (its own, or those it
/// inherits). Only when that generous reading finds a loop are the forms' contents read for the names they really
/// draw (<c>/Name Do</c>), so a resource dictionary shared by many forms, as some writers make, is no loop. The walk
/// uses its own stack; a form drawing itself is left to PdfPig, which drops that call and reads on.
/// </remarks>
internal sealed partial class FormNesting(PdfDocument document)
{
    /// <summary>Deeper nesting than this is refused; real documents nest forms a few levels at most.</summary>
    internal const int MaxDepth = 64;

    private readonly IPdfTokenScanner _scanner = document.Structure.TokenScanner;
    private List<DictionaryToken?>? _pageResources;

    /// <summary>Why page <paramref name="pageNumber"/> (from 1) cannot be drawn safely, or null when it can.</summary>
    public string? Problem(int pageNumber)
    {
        _pageResources ??= PageResources(document.Structure.Catalog.CatalogDictionary, _scanner);
        if (pageNumber < 1 || pageNumber > _pageResources.Count || _pageResources[pageNumber - 1] is not { } resources)
        {
            return null;
        }

        var generous = Walk(resources, _scanner, drawnOnly: false);
        return generous is null ? null : Walk(resources, _scanner, drawnOnly: true);
    }

    /// <summary>
    /// Each page's resources in page order, inherited from the nearest ancestor that has them: the page tree walked
    /// with a stack of its own, each node once (a tree whose kids loop back is read up to the loop).
    /// </summary>
    private static List<DictionaryToken?> PageResources(DictionaryToken catalog, IPdfTokenScanner scanner)
    {
        var pages = new List<DictionaryToken?>();
        if (Resolve(catalog.Data.GetValueOrDefault(NameToken.Pages.Data), scanner) is not DictionaryToken root)
        {
            return pages;
        }

        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance) { root };
        var stack = new Stack<(DictionaryToken Node, DictionaryToken? Inherited)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, inherited) = stack.Pop();
            var resources = Resolve(node.Data.GetValueOrDefault(NameToken.Resources.Data), scanner) as DictionaryToken ?? inherited;
            if (Resolve(node.Data.GetValueOrDefault(NameToken.Kids.Data), scanner) is not ArrayToken kids)
            {
                pages.Add(resources);
                continue;
            }

            // Pushed in reverse, so that kids come off the stack in page order.
            for (var i = kids.Data.Count - 1; i >= 0; i--)
            {
                if (Resolve(kids.Data[i], scanner) is DictionaryToken kid && seen.Add(kid))
                {
                    stack.Push((kid, resources));
                }
            }
        }

        return pages;
    }

    private static string? Walk(DictionaryToken pageResources, IPdfTokenScanner scanner, bool drawnOnly)
    {
        // Depth-first over (form, the resources it draws from); "open" forms are on the current path.
        // Forms are known by their object number: PdfPig parses a stream object afresh on every lookup.
        var open = new HashSet<IndirectReference>();
        var done = new HashSet<IndirectReference>();
        var path = new Stack<(Form? Form, IEnumerator<Form> Next)>();
        path.Push((null, Forms(pageResources, null, scanner, drawnOnly).GetEnumerator()));
        while (path.Count > 0)
        {
            var (form, next) = path.Peek();
            if (!next.MoveNext())
            {
                path.Pop();
                if (form is { } finished)
                {
                    open.Remove(finished.Reference);
                    done.Add(finished.Reference);
                }

                continue;
            }

            var child = next.Current;
            if (child.Reference.Equals(form?.Reference) || done.Contains(child.Reference))
            {
                continue; // a form drawing itself is PdfPig's to handle; a finished form has no loop below it
            }

            if (open.Contains(child.Reference))
            {
                return "页面中的表单对象相互绘制，形成循环";
            }

            if (path.Count > MaxDepth)
            {
                return $"页面中的表单对象嵌套超过 {MaxDepth} 层";
            }

            var inherited = form is { } parent ? ResourcesOf(parent.Stream, scanner) ?? pageResources : pageResources;
            var own = ResourcesOf(child.Stream, scanner) ?? inherited;
            open.Add(child.Reference);
            path.Push((child, Forms(own, child.Stream, scanner, drawnOnly).GetEnumerator()));
        }

        return null;
    }

    /// <summary>The forms a content (a form, or the page when null) may draw from these resources.</summary>
    private static IEnumerable<Form> Forms(DictionaryToken resources, StreamToken? drawer, IPdfTokenScanner scanner, bool drawnOnly)
    {
        if (Resolve(resources.Data.GetValueOrDefault(NameToken.Xobject.Data), scanner) is not DictionaryToken xobjects)
        {
            yield break;
        }

        var drawn = drawnOnly && drawer is not null ? DrawnNames(drawer) : null;
        foreach (var (name, value) in xobjects.Data)
        {
            if (drawn is not null && !drawn.Contains(name))
            {
                continue;
            }

            if (value is IndirectReferenceToken reference
                && Resolve(value, scanner) is StreamToken stream
                && Resolve(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Subtype.Data), scanner) is NameToken { Data: "Form" })
            {
                yield return new Form(reference.Data, stream);
            }
        }
    }

    /// <summary>The names a form's content draws with <c>Do</c>; every name when its content cannot be decoded.</summary>
    private static HashSet<string>? DrawnNames(StreamToken form)
    {
        byte[] content;
        try
        {
            content = form.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray();
        }
#pragma warning disable CA1031 // Undecodable content draws nothing PdfPig could recurse into; read generously.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }

        var text = System.Text.Encoding.Latin1.GetString(content);
        return [.. DoOperator().Matches(text).Select(m => m.Groups[1].Value)];
    }

    private static DictionaryToken? ResourcesOf(StreamToken form, IPdfTokenScanner scanner) =>
        Resolve(form.StreamDictionary.Data.GetValueOrDefault(NameToken.Resources.Data), scanner) as DictionaryToken;

    // One step: ReferenceChains has already shortened every chain of bare references to one.
    private static IToken? Resolve(IToken? token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;

    private readonly record struct Form(IndirectReference Reference, StreamToken Stream);

    [GeneratedRegex(@"/([^\s/\[\]()<>{}%]+)\s+Do\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoOperator();
}
