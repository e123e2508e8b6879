using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Ingest.Docx;

/// <summary>The paragraph styles of a document, with what matters to us: names, outline levels, numbering.</summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);

    // Paragraphs ask the same few styles over and over; resolve each style's basedOn chain once.
    private readonly Dictionary<string, int?> _outlineLevels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int NumberingId, int? Level)?> _numbering = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public WordStyles(MainDocumentPart mainPart, long maxCharacters)
    {
        var styles = WordXml.Load(mainPart.StyleDefinitionsPart, maxCharacters);
        foreach (var style in styles.Children("style"))
        {
            if (style.Attr("styleId") is { } id)
            {
                _byId[id] = style;
                if (style.Attr("default") is "1" or "true" or "on" && style.Attr("type") == "paragraph")
                {
                    _defaultParagraphStyleId = id;
                }
            }
        }
    }

    /// <summary>The style id a paragraph uses (its own or the default paragraph style).</summary>
    public string? EffectiveId(string? styleId) => styleId ?? _defaultParagraphStyleId;

    /// <summary>The style's display name.</summary>
    public string? Name(string? styleId) =>
        styleId is not null && _byId.TryGetValue(styleId, out var style) ? style.Child("name").Attr("val") ?? styleId : styleId;

    /// <summary>
    /// The 1-based outline level a style gives its paragraphs: from <c>w:outlineLvl</c> (0-based in the file)
    /// along the basedOn chain, or from a heading name (heading 2, 标题 2); Title styles give 0.
    /// </summary>
    public int? OutlineLevel(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (!_outlineLevels.TryGetValue(styleId, out var level))
        {
            level = ResolveOutlineLevel(styleId);
            _outlineLevels[styleId] = level;
        }

        return level;
    }

    private int? ResolveOutlineLevel(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.Child("pPr").Child("outlineLvl").IntValue() is { } level && level is >= 0 and < 9)
            {
                return level + 1;
            }

            var name = style.Child("name").Attr("val") ?? string.Empty;
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题")
            {
                return 0;
            }

            foreach (var prefix in (ReadOnlySpan<string>)["heading ", "标题 "])
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(name.AsSpan(prefix.Length), out var headingLevel) && headingLevel is >= 1 and <= 9)
                {
                    return headingLevel;
                }
            }
        }

        return null;
    }

    /// <summary>The numbering a style applies (numId, ilvl), following basedOn.</summary>
    public (int NumberingId, int? Level)? Numbering(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (!_numbering.TryGetValue(styleId, out var numbering))
        {
            numbering = ResolveNumbering(styleId);
            _numbering[styleId] = numbering;
        }

        return numbering;
    }

    private (int NumberingId, int? Level)? ResolveNumbering(string styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numbering = style.Child("pPr").Child("numPr");
            if (numbering.Child("numId").IntValue() is { } numId)
            {
                return (numId, numbering.Child("ilvl").IntValue());
            }
        }

        return null;
    }

    private IEnumerable<XElement> Chain(string? styleId)
    {
        var seen = 0;
        var id = styleId;
        while (id is not null && seen++ < 16 && _byId.TryGetValue(id, out var style))
        {
            yield return style;
            id = style.Child("basedOn").Attr("val");
        }
    }
}
