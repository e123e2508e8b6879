using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Ingest.Docx;

/// <summary>
/// Loads small parts (styles, numbering) as LINQ to XML: a fraction of the cost of the SDK's typed DOM, and
/// transitional and strict namespaces read alike.
/// </summary>
internal static class WordXml
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static XElement? Load(OpenXmlPart? part, long maxCharacters)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
        });
        return XDocument.Load(reader).Root;
    }

    /// <summary>Child elements with a WordprocessingML local name.</summary>
    public static IEnumerable<XElement> Children(this XElement? element, string localName) =>
        element?.Elements().Where(e => e.Name.LocalName == localName && (e.Name.Namespace == Main || e.Name.Namespace == Strict)) ?? [];

    /// <summary>The first child element with a WordprocessingML local name.</summary>
    public static XElement? Child(this XElement? element, string localName) => element.Children(localName).FirstOrDefault();

    /// <summary>A w: attribute's value.</summary>
    public static string? Attr(this XElement? element, string localName) =>
        element is null ? null : (string?)element.Attribute(Main + localName) ?? (string?)element.Attribute(Strict + localName);

    /// <summary>A w:val attribute as a number.</summary>
    public static int? IntValue(this XElement? element, string localName = "val") =>
        int.TryParse(element.Attr(localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An on/off property: present without a value, or with true/1/on.</summary>
    public static bool IsOn(this XElement? element) =>
        element is not null && element.Attr("val") is null or "true" or "1" or "on";
}
