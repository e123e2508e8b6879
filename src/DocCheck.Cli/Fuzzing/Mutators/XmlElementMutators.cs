using System.Xml.Linq;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Removes an element from a part: a missing property, cell, row, grid or section.</summary>
internal sealed class XmlElementDeletion() : DocxMutator("xml-delete")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (PickElement(package, random) is not var (part, xml, victim))
        {
            return null;
        }

        var name = victim.Name.LocalName;
        victim.Remove();
        package.SetXml(part, xml);
        return $"{part}：删除一个 <{name}>";
    }
}

/// <summary>Repeats an element right after itself, from once to a thousand times.</summary>
internal sealed class XmlElementDuplication() : DocxMutator("xml-duplicate")
{
    private static readonly int[] Times = [1, 1, 2, 10, 100, 1000];

    protected override string? Apply(DocxPackage package, Random random)
    {
        if (PickElement(package, random) is not var (part, xml, original))
        {
            return null;
        }

        var size = Math.Max(1, original.ToString(SaveOptions.DisableFormatting).Length);
        var times = Math.Min(Pick(Times, random), MaxPartCharacters / size);
        for (var i = 0; i < times; i++)
        {
            original.AddAfterSelf(new XElement(original));
        }

        package.SetXml(part, xml);
        return $"{part}：把一个 <{original.Name.LocalName}> 重复 {times} 次";
    }
}

/// <summary>Moves an element into another (a row into a paragraph, a table into a run…): a structure no writer makes.</summary>
internal sealed class XmlElementMisplacement() : DocxMutator("xml-misplace")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Xml(DocxPackage.Document) is not { Root: { } root } xml)
        {
            return null;
        }

        var elements = root.Descendants().Where(e => e.Parent != root).ToList();
        if (elements.Count < 2)
        {
            return null;
        }

        var moved = Pick(elements, random);
        var host = Pick(elements, random);
        if (moved == host || moved.DescendantsAndSelf().Contains(host))
        {
            return null;
        }

        moved.Remove();
        host.Add(moved);
        package.SetXml(DocxPackage.Document, xml);
        return $"{DocxPackage.Document}：把一个 <{moved.Name.LocalName}> 移入 <{host.Name.LocalName}>";
    }
}

/// <summary>Cuts an XML part mid-way: the part is no longer well-formed.</summary>
internal sealed class XmlTruncation() : DocxMutator("xml-truncate")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.PickXmlPart(random) is not { } part || package.Text(part) is not { Length: > 1 } text)
        {
            return null;
        }

        var length = random.Next(text.Length);
        package.SetText(part, text[..length]);
        return $"{part}：截断到 {length} 个字符";
    }
}

/// <summary>Removes a whole part (styles, numbering, relationships, content types, even the document).</summary>
internal sealed class PartRemoval() : DocxMutator("part-remove")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Parts.Count == 0)
        {
            return null;
        }

        var index = random.Next(package.Parts.Count);
        var name = package.Parts[index].Key;
        package.Parts.RemoveAt(index);
        return $"删除部件 {name}";
    }
}
