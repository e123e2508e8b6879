using System.Xml.Linq;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>A mutator of a Word file's parts; the zip around them stays well-formed.</summary>
internal abstract class DocxMutator(string name) : IMutator
{
    /// <summary>Mutations that grow a part stop here: past it the reader's own size limit refuses the file anyway.</summary>
    protected const int MaxPartCharacters = 30_000_000;

    public string Name => name;

    public bool Accepts(FuzzKind kind) => kind == FuzzKind.Docx;

    public Mutation? Mutate(byte[] content, Random random)
    {
        if (DocxPackage.Read(content) is not { } package || Apply(package, random) is not { } detail)
        {
            return null;
        }

        return new Mutation(package.Write(), detail);
    }

    /// <summary>Changes the package; returns what it did, or null when there was nothing to change.</summary>
    protected abstract string? Apply(DocxPackage package, Random random);

    protected static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    /// <summary>A random element below the root of a random XML part (document.xml most often), with the parsed part.</summary>
    protected static (string Part, XDocument Xml, XElement Element)? PickElement(DocxPackage package, Random random)
    {
        if (package.PickXmlPart(random) is not { } part || package.Xml(part) is not { Root: { } root } xml)
        {
            return null;
        }

        var elements = root.Descendants().ToList();
        return elements.Count == 0 ? null : (part, xml, Pick(elements, random));
    }
}
