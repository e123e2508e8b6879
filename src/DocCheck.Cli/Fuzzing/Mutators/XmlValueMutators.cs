using System.Xml.Linq;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Values a parser of numbers, sizes and names may not expect.</summary>
internal static class HostileValues
{
    private static readonly string[] Fixed =
    [
        "", "-1", "0", "1", "-2147483648", "2147483647", "2147483648", "-9223372036854775809", "99999999999999999999999",
        "1e309", "-0", "NaN", "Infinity", "1.5", "0x10", "abc", "０", "一百", "%1%2%3%4%5%6%7%8%9%10", "%", "auto", "\u202e\u0301",
    ];

    public static string Pick(Random random) => random.Next(8) == 0
        ? new string(random.Next(2) == 0 ? '9' : 'x', 1 << random.Next(10, 21))
        : Fixed[random.Next(Fixed.Length)];
}

/// <summary>Sets one attribute of a part to a hostile value: a size, an id, a level, a count, a name.</summary>
internal sealed class XmlAttributeValue() : DocxMutator("xml-attribute")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.PickXmlPart(random) is not { } part || package.Xml(part) is not { Root: { } root } xml)
        {
            return null;
        }

        var attributes = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList();
        if (attributes.Count == 0)
        {
            return null;
        }

        var attribute = Pick(attributes, random);
        var value = HostileValues.Pick(random);
        attribute.Value = value;
        package.SetXml(part, xml);
        return $"{part}：<{attribute.Parent!.Name.LocalName}> 的 {attribute.Name.LocalName} 改为 “{Shown(value)}”";
    }

    internal static string Shown(string value) => value.Length > 40 ? $"{value[..10]}…（{value.Length} 个字符）" : value;
}

/// <summary>Makes one text element very long: a number-heavy run, a Chinese one, or blanks.</summary>
internal sealed class XmlHugeText() : DocxMutator("xml-huge-text")
{
    private static readonly string[] Patterns = ["1234567.89万元，", "项目预算执行率达到百分之九十八。", " ", "9", "（一）"];

    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Xml(DocxPackage.Document) is not { Root: { } root } xml)
        {
            return null;
        }

        var texts = root.Descendants(DocxPackage.W + "t").ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var pattern = Pick(Patterns, random);
        var length = Math.Min(MaxPartCharacters / 2, 1 << random.Next(12, 24));
        var text = string.Concat(Enumerable.Repeat(pattern, (length / pattern.Length) + 1));
        Pick(texts, random).Value = text;
        package.SetXml(DocxPackage.Document, xml);
        return $"{DocxPackage.Document}：一个 <w:t> 改为 {text.Length} 个字符的 “{pattern}”…";
    }
}

/// <summary>Reshapes a table: a huge column span, a row with thousands of cells, thousands of rows, merges that never start, no grid.</summary>
internal sealed class TableShape() : DocxMutator("table-shape")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Xml(DocxPackage.Document) is not { Root: { } root } xml)
        {
            return null;
        }

        var w = DocxPackage.W;
        var tables = root.Descendants(w + "tbl").ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        var table = Pick(tables, random);
        var rows = table.Elements(w + "tr").ToList();
        var cells = table.Descendants(w + "tc").ToList();
        if (rows.Count == 0 || cells.Count == 0)
        {
            return null;
        }

        string detail;
        switch (random.Next(5))
        {
            case 0:
                var span = HostileValues.Pick(random);
                var spanned = Properties(Pick(cells, random));
                spanned.Elements(w + "gridSpan").Remove();
                spanned.Add(new XElement(w + "gridSpan", new XAttribute(w + "val", span)));
                detail = $"一个单元格跨 “{XmlAttributeValue.Shown(span)}” 列";
                break;
            case 1:
                var cell = Pick(cells, random);
                var copies = 1 << random.Next(5, 13);
                cell.AddAfterSelf(Enumerable.Range(0, copies).Select(_ => new XElement(cell)));
                detail = $"一行加 {copies} 个单元格";
                break;
            case 2:
                var row = Pick(rows, random);
                var more = Math.Min(1 << random.Next(8, 15), MaxPartCharacters / Math.Max(1, row.ToString().Length));
                row.AddAfterSelf(Enumerable.Range(0, more).Select(_ => new XElement(row)));
                detail = $"加 {more} 行";
                break;
            case 3:
                foreach (var merged in cells.Where(_ => random.Next(2) == 0))
                {
                    Properties(merged).Add(new XElement(w + "vMerge"));
                }

                detail = "随机单元格设为纵向合并的续格（无起始格）";
                break;
            default:
                table.Elements(w + "tblGrid").Remove();
                detail = "删除表格网格 <w:tblGrid>";
                break;
        }

        package.SetXml(DocxPackage.Document, xml);
        return $"{DocxPackage.Document}：表格{detail}";
    }

    private static XElement Properties(XElement cell)
    {
        var w = DocxPackage.W;
        if (cell.Element(w + "tcPr") is { } properties)
        {
            return properties;
        }

        properties = new XElement(w + "tcPr");
        cell.AddFirst(properties);
        return properties;
    }
}
