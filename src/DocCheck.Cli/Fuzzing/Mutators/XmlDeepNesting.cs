using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// Wraps a paragraph (or a run) in the same container thousands of times: a reader that recurses as the XML nests
/// overflows its stack, which no catch survives. Built as text, since a tree that deep is itself a recursion hazard.
/// </summary>
internal sealed partial class XmlDeepNesting() : DocxMutator("xml-nest")
{
    private static readonly int[] Depths = [3, 20, 200, 2_000, 10_000, 50_000];

    private static readonly (string Name, string Open, string Close, bool Block)[] Containers =
    [
        ("w:tbl", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", true),
        ("w:tbl+w:tblPr", "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", true),
        ("w:sdt", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", true),
        ("w:customXml", "<w:customXml w:element=\"x\">", "</w:customXml>", true),
        ("w:hyperlink", "<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>", false),
        ("w:smartTag", "<w:smartTag w:element=\"x\">", "</w:smartTag>", false),
        ("w:ins", "<w:ins w:id=\"1\" w:author=\"x\">", "</w:ins>", false),
        ("w:fldSimple", "<w:fldSimple w:instr=\"PAGE\">", "</w:fldSimple>", false),
    ];

    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Text(DocxPackage.Document) is not { } xml)
        {
            return null;
        }

        var (name, open, close, block) = Containers[random.Next(Containers.Length)];
        var matches = (block ? Paragraph() : Run()).Matches(xml);
        if (matches.Count == 0)
        {
            return null;
        }

        var target = matches[random.Next(matches.Count)];
        var depth = Depths[random.Next(Depths.Length)];
        var nested = new StringBuilder(xml.Length + (depth * (open.Length + close.Length)));
        nested.Append(xml, 0, target.Index);
        nested.Insert(nested.Length, open, depth);
        nested.Append(target.Value);
        nested.Insert(nested.Length, close, depth);
        nested.Append(xml, target.Index + target.Length, xml.Length - target.Index - target.Length);
        package.SetText(DocxPackage.Document, nested.ToString());
        return $"{DocxPackage.Document}：把一个{(block ? "段落" : "文字块")}嵌套在 {depth} 层 <{name}> 中";
    }

    [GeneratedRegex(@"<w:p(?: [^>]*)?>.*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<w:r(?: [^>]*)?>.*?</w:r>", RegexOptions.Singleline)]
    private static partial Regex Run();
}
