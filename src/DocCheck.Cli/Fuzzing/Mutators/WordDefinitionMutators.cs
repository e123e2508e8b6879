using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// Breaks list numbering: hostile start values and formats, level texts full of placeholders, levels and ids that do
/// not exist, and every paragraph made a list item (the counters then run past any range a writer would reach).
/// </summary>
internal sealed class NumberingMutation() : DocxMutator("numbering")
{
    private const string Numbering = "word/numbering.xml";

    private static readonly string[] Formats =
    [
        "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "ideographZodiac",
        "upperRoman", "lowerLetter", "decimalEnclosedCircle", "decimalZero", "bullet", "none", "ordinalText",
        "cardinalText", "japaneseCounting", "koreanDigital", "hebrew1", "thaiLetters", "noSuchFormat",
    ];

    private static readonly string[] LevelTexts = ["%1.%2.%3.%4.%5.%6.%7.%8.%9", "%10", "%0", "%", "%%1", "第%1%1%1章", "%9、"];

    protected override string? Apply(DocxPackage package, Random random)
    {
        var numbering = package.Xml(Numbering);
        var choice = numbering is null ? 0 : random.Next(5);
        if (choice == 0)
        {
            return EveryParagraphAListItem(package, random);
        }

        var root = numbering!.Root!;
        var w = DocxPackage.W;
        string? detail = choice switch
        {
            1 => SetAll(root.Descendants(w + "start").Concat(root.Descendants(w + "startOverride")), HostileValues.Pick(random), random, "起始值"),
            2 => SetAll(root.Descendants(w + "numFmt"), Formats[random.Next(Formats.Length)], random, "编号格式"),
            3 => SetAll(root.Descendants(w + "lvlText"), LevelTexts[random.Next(LevelTexts.Length)], random, "编号文字"),
            _ => SetAll(root.Descendants(w + "abstractNumId").Concat(root.Descendants(w + "numStyleLink")).Concat(root.Descendants(w + "styleLink")), HostileValues.Pick(random), random, "抽象编号引用"),
        };
        if (detail is null)
        {
            return null;
        }

        package.SetXml(Numbering, numbering);
        return $"{Numbering}：{detail}";
    }

    private static string? SetAll(IEnumerable<XElement> elements, string value, Random random, string what)
    {
        var chosen = elements.Where(_ => random.Next(3) == 0).ToList();
        foreach (var element in chosen)
        {
            element.SetAttributeValue(DocxPackage.W + "val", value);
        }

        return chosen.Count == 0 ? null : $"{chosen.Count} 处{what}改为 “{XmlAttributeValue.Shown(value)}”";
    }

    private static string? EveryParagraphAListItem(DocxPackage package, Random random)
    {
        if (package.Xml(DocxPackage.Document) is not { Root: { } root } xml)
        {
            return null;
        }

        var w = DocxPackage.W;
        var level = random.Next(4) == 0 ? HostileValues.Pick(random) : random.Next(0, 10).ToString(CultureInfo.InvariantCulture);
        var id = random.Next(4) == 0 ? HostileValues.Pick(random) : random.Next(0, 12).ToString(CultureInfo.InvariantCulture);
        var paragraphs = root.Descendants(w + "p").ToList();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Element(w + "pPr") is not { } properties)
            {
                properties = new XElement(w + "pPr");
                paragraph.AddFirst(properties);
            }

            properties.Elements(w + "numPr").Remove();
            properties.AddFirst(new XElement(w + "numPr", new XElement(w + "ilvl", new XAttribute(w + "val", level)), new XElement(w + "numId", new XAttribute(w + "val", id))));
        }

        package.SetXml(DocxPackage.Document, xml);
        return $"{DocxPackage.Document}：{paragraphs.Count} 个段落都设为编号 {XmlAttributeValue.Shown(id)} 第 {XmlAttributeValue.Shown(level)} 级";
    }
}

/// <summary>
/// Makes styles inherit in a loop (a style based on itself, two on each other) or along a chain thousands long:
/// resolving a style walks basedOn until it ends, and here it does not, or only very deep.
/// </summary>
internal sealed class StyleChain() : DocxMutator("style-chain")
{
    private const string Styles = "word/styles.xml";

    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Xml(Styles) is not { Root: { } root } xml)
        {
            return null;
        }

        var w = DocxPackage.W;
        var styles = root.Elements(w + "style").Where(s => s.Attribute(w + "styleId") is not null).ToList();
        if (styles.Count == 0)
        {
            return null;
        }

        string detail;
        var first = Pick(styles, random);
        var firstId = first.Attribute(w + "styleId")!.Value;
        switch (random.Next(3))
        {
            case 0:
                BaseOn(first, firstId);
                detail = $"样式 {firstId} 基于自身";
                break;
            case 1:
                var second = Pick(styles, random);
                var secondId = second.Attribute(w + "styleId")!.Value;
                BaseOn(first, secondId);
                BaseOn(second, firstId);
                detail = $"样式 {firstId} 与 {secondId} 互为基础";
                break;
            default:
                // A chain ending in the style the document uses most, so every paragraph resolves it end to end.
                var length = 1 << random.Next(6, 15);
                var previous = firstId;
                for (var i = 0; i < length; i++)
                {
                    var id = "Chain" + i.ToString(CultureInfo.InvariantCulture);
                    root.Add(new XElement(w + "style", new XAttribute(w + "type", "paragraph"), new XAttribute(w + "styleId", id),
                        new XElement(w + "name", new XAttribute(w + "val", id)), new XElement(w + "basedOn", new XAttribute(w + "val", previous))));
                    previous = id;
                }

                BaseOn(first, previous);
                detail = $"样式 {firstId} 经 {length} 个样式的继承链回到自身";
                break;
        }

        package.SetXml(Styles, xml);
        return $"{Styles}：{detail}";
    }

    private static void BaseOn(XElement style, string id)
    {
        var w = DocxPackage.W;
        style.Elements(w + "basedOn").Remove();
        style.Add(new XElement(w + "basedOn", new XAttribute(w + "val", id)));
    }
}

/// <summary>
/// Puts a DTD into document.xml: entities that expand a billion-fold, or an external entity naming a local file
/// (whose content must never appear in a note). A safe reader refuses both.
/// </summary>
internal sealed partial class XmlEntities() : DocxMutator("xml-entity")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Text(DocxPackage.Document) is not { } xml)
        {
            return null;
        }

        var root = xml.IndexOf("<w:document", StringComparison.Ordinal);
        var text = TextElement().Match(xml);
        if (root < 0 || !text.Success || text.Index < root)
        {
            return null;
        }

        var (dtd, reference, detail) = random.Next(2) == 0
            ? ("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;", "外部实体 file:///etc/passwd")
            : (Laughs(), "&l9;", "十亿笑（实体逐级展开十倍）");
        var at = text.Index + text.Length;
        package.SetText(DocxPackage.Document, xml[..root] + dtd + xml[root..at] + reference + xml[at..]);
        return $"{DocxPackage.Document}：加入 DTD，{detail}";
    }

    private static string Laughs()
    {
        var entities = Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        return "<!DOCTYPE w:document [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">" + string.Concat(entities) + "]>";
    }

    [GeneratedRegex(@"<w:t(?: [^>]*)?>")]
    private static partial Regex TextElement();
}
