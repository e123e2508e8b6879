using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Ingest.Docx;

/// <summary>The paragraph styles of a document, with what matters to us: names, outline levels, numbering.</summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public WordStyles(MainDocumentPart mainPart)
    {
        var styles = mainPart.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId[id] = style;
                if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
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
        styleId is not null && _byId.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;

    /// <summary>
    /// The 1-based outline level a style gives its paragraphs: from <c>w:outlineLvl</c> (0-based in the file)
    /// along the basedOn chain, or from a heading name (heading 2, 标题 2); Title styles give 0.
    /// </summary>
    public int? OutlineLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9)
            {
                return level + 1;
            }

            var name = style.StyleName?.Val?.Value ?? string.Empty;
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
        foreach (var style in Chain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val?.Value is { } numId)
            {
                return (numId, numbering.NumberingLevelReference?.Val?.Value);
            }
        }

        return null;
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = 0;
        var id = styleId;
        while (id is not null && seen++ < 16 && _byId.TryGetValue(id, out var style))
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }
}
