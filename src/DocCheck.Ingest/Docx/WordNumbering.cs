using System.Text;
using DocCheck.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using System.Xml.Linq;

namespace DocCheck.Ingest.Docx;

/// <summary>
/// Rebuilds the labels Word's automatic numbering shows (一、 （二） 3.) but keeps out of the paragraph text,
/// from <c>numbering.xml</c>: list instances, their abstract definitions, level formats, level texts such as
/// <c>%1、</c> and start overrides. Counters run per abstract list, as in Word, so list instances sharing an
/// abstract definition continue each other's numbering unless a start override restarts them.
/// </summary>
internal sealed class WordNumbering
{
    private const int MaxLevels = 9;

    private readonly Dictionary<int, AbstractList> _abstractLists = [];
    private readonly Dictionary<int, ListInstance> _instances = [];
    private readonly HashSet<int> _instancesStarted = [];
    private readonly WordStyles _styles;
    private readonly Action<IngestDiagnostic> _report;
    private readonly HashSet<string> _reportedFormats = [];

    public WordNumbering(MainDocumentPart mainPart, WordStyles styles, Action<IngestDiagnostic> report, long maxCharacters)
    {
        _styles = styles;
        _report = report;
        var numbering = WordXml.Load(mainPart.NumberingDefinitionsPart, maxCharacters);
        foreach (var abstractNum in numbering.Children("abstractNum"))
        {
            if (abstractNum.IntValue("abstractNumId") is not { } id)
            {
                continue;
            }

            var list = new AbstractList(id, abstractNum.Child("numStyleLink").Attr("val"));
            foreach (var level in abstractNum.Children("lvl"))
            {
                if (level.IntValue("ilvl") is { } index and >= 0 and < MaxLevels)
                {
                    list.Levels[index] = LevelDefinition.From(level);
                }
            }

            _abstractLists[id] = list;
        }

        foreach (var instance in numbering.Children("num"))
        {
            if (instance.IntValue("numId") is not { } numId || instance.Child("abstractNumId").IntValue() is not { } abstractId)
            {
                continue;
            }

            var listInstance = new ListInstance(abstractId);
            foreach (var levelOverride in instance.Children("lvlOverride"))
            {
                if (levelOverride.IntValue("ilvl") is not { } index || index is < 0 or >= MaxLevels)
                {
                    continue;
                }

                if (levelOverride.Child("startOverride").IntValue() is { } start)
                {
                    listInstance.StartOverrides[index] = start;
                }

                if (levelOverride.Child("lvl") is { } overriddenLevel)
                {
                    listInstance.LevelOverrides[index] = LevelDefinition.From(overriddenLevel);
                }
            }

            _instances[numId] = listInstance;
        }
    }

    /// <summary>
    /// Advances the counters for a paragraph and returns the label Word shows before it and its 1-based level,
    /// or null when the paragraph is not numbered.
    /// </summary>
    public (string Label, int Level)? Next(int? numId, int? level, string? styleId)
    {
        if (numId is null && _styles.Numbering(styleId) is { } styleNumbering)
        {
            numId = styleNumbering.NumberingId;
            level ??= styleNumbering.Level;
        }

        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance))
        {
            return null;
        }

        var list = ResolveAbstract(instance.AbstractId);
        if (list is null)
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? 0, 0, MaxLevels - 1);
        var definitions = new LevelDefinition[MaxLevels];
        for (var i = 0; i < MaxLevels; i++)
        {
            definitions[i] = instance.LevelOverrides[i] ?? list.Levels[i] ?? LevelDefinition.Default;
        }

        if (_instancesStarted.Add(numId.Value))
        {
            for (var i = 0; i < MaxLevels; i++)
            {
                if (instance.StartOverrides[i] is { } start)
                {
                    list.Counters[i] = start - 1;
                }
            }
        }

        list.Counters[ilvl] = list.Counters[ilvl] is { } current ? current + 1 : definitions[ilvl].Start;
        for (var deeper = ilvl + 1; deeper < MaxLevels; deeper++)
        {
            list.Counters[deeper] = null;
        }

        var definition = definitions[ilvl];
        if (definition.Format == "bullet")
        {
            return (definition.Text, ilvl + 1);
        }

        var label = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var counter = list.Counters[referenced] ?? definitions[referenced].Start;
                var format = definition.IsLegal && referenced != ilvl ? "decimal" : definitions[referenced].Format;
                label.Append(NumberFormatter.Format(counter, format));
                ReportUnknown(format);
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return (label.ToString(), ilvl + 1);
    }

    private AbstractList? ResolveAbstract(int abstractId)
    {
        if (!_abstractLists.TryGetValue(abstractId, out var list))
        {
            return null;
        }

        // A list defined by a numbering style points, through that style, at the list that holds the levels.
        if (list.StyleLink is { } styleLink && list.Levels.All(l => l is null)
            && _styles.Numbering(styleLink) is { } linked
            && _instances.TryGetValue(linked.NumberingId, out var linkedInstance)
            && linkedInstance.AbstractId != abstractId
            && _abstractLists.TryGetValue(linkedInstance.AbstractId, out var target))
        {
            return target;
        }

        return list;
    }

    private void ReportUnknown(string format)
    {
        if (!NumberFormatter.IsKnown(format) && _reportedFormats.Add(format))
        {
            _report(new IngestDiagnostic("ingest.numbering-format", $"未知的自动编号格式“{format}”，已按阿拉伯数字还原编号。"));
        }
    }

    private sealed class AbstractList(int id, string? styleLink)
    {
        public int Id { get; } = id;

        public string? StyleLink { get; } = styleLink;

        public LevelDefinition?[] Levels { get; } = new LevelDefinition?[MaxLevels];

        public int?[] Counters { get; } = new int?[MaxLevels];
    }

    private sealed class ListInstance(int abstractId)
    {
        public int AbstractId { get; } = abstractId;

        public int?[] StartOverrides { get; } = new int?[MaxLevels];

        public LevelDefinition?[] LevelOverrides { get; } = new LevelDefinition?[MaxLevels];
    }

    private sealed record LevelDefinition(int Start, string Format, string Text, bool IsLegal)
    {
        public static LevelDefinition Default { get; } = new(1, "decimal", string.Empty, false);

        public static LevelDefinition From(XElement level) => new(
            level.Child("start").IntValue() ?? 1,
            level.Child("numFmt").Attr("val") ?? "decimal",
            level.Child("lvlText").Attr("val") ?? string.Empty,
            level.Child("isLgl").IsOn());
    }
}
