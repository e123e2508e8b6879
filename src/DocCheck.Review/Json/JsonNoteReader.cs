using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;

namespace DocCheck.Review.Json;

/// <summary>
/// Reads the JSON written by <see cref="JsonNoteWriter"/> back into a <see cref="ReviewNote"/>, e.g. to render a stored
/// note again as Markdown or Word with only some of its findings.
/// </summary>
/// <remarks>
/// <para>
/// Reading is lossless: <see cref="JsonNoteWriter"/> writes the note read to the same bytes as the JSON read, given
/// descriptors for the same rules. Fields derived from others (<c>ref</c>, <c>text</c>, <c>verdict.text</c>,
/// <c>verdict.explanation</c>, the severity and unchecked counts) are not read; the verdict is read as written, not
/// derived again. Fields the reader does not know are ignored, so that fields added to the contract later do not
/// break it. A note written before <c>coverage</c> existed reads with no per-rule coverage.
/// </para>
/// <para>
/// The rule descriptors of <see cref="ReviewNote.Rules"/> are those passed in (the engine's); a finding whose rule is
/// not among them gets a descriptor made from the finding's <c>title</c>, <c>suggestion</c>, <c>area</c> and
/// <c>defaultSeverity</c> (older notes without the last two: the first area and the finding's severity; no writer
/// shows either). A finding without <c>title</c> whose rule is not passed in stays without descriptor, as it was.
/// </para>
/// <para>
/// Input that is not such a note throws <see cref="InvalidDataException"/> with a one-line Chinese reason naming the
/// field (<c>findings[2].evidence[0].location.block</c>): empty or malformed JSON (the parser's
/// <see cref="JsonException"/> is the inner exception), a repeated key, a <c>schema</c> other than
/// <c>doccheck.review-note/1</c>, a missing or mistyped field, an unknown severity, verdict, area or part.
/// </para>
/// </remarks>
public sealed class JsonNoteReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    private JsonNoteReader()
    {
    }

    /// <summary>Reads a note from UTF-8 JSON (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8Json">The JSON as written by <see cref="JsonNoteWriter"/>.</param>
    /// <param name="rules">The rule descriptors for <see cref="ReviewNote.Rules"/>, by rule id.</param>
    /// <exception cref="InvalidDataException">The input is not a review note of this schema.</exception>
    public static ReviewNote Read(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // JsonDocument keeps a reference to its input, which a span cannot give; a note is small, so the copy costs little.
        var bytes = utf8Json.ToArray();
        return Read(() => JsonDocument.Parse(bytes, Options), rules);
    }

    /// <summary>Reads a note from a stream of UTF-8 JSON (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8Json">The JSON as written by <see cref="JsonNoteWriter"/>; read to its end, left open.</param>
    /// <param name="rules">The rule descriptors for <see cref="ReviewNote.Rules"/>, by rule id.</param>
    /// <exception cref="InvalidDataException">The input is not a review note of this schema.</exception>
    public static ReviewNote Read(Stream utf8Json, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(rules);
        return Read(() => JsonDocument.Parse(utf8Json, Options), rules);
    }

    /// <summary>Reads a note from JSON text.</summary>
    /// <param name="json">The JSON as written by <see cref="JsonNoteWriter"/>.</param>
    /// <param name="rules">The rule descriptors for <see cref="ReviewNote.Rules"/>, by rule id.</param>
    /// <exception cref="InvalidDataException">The input is not a review note of this schema.</exception>
    public static ReviewNote Read(string json, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(rules);
        var text = json.StartsWith('\uFEFF') ? json.AsMemory(1) : json.AsMemory();
        return Read(() => JsonDocument.Parse(text, Options), rules);
    }

    private static ReviewNote Read(Func<JsonDocument> parse, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("审核意见 JSON 无法解析：" + ex.Message, ex);
        }

        using (document)
        {
            return ReadNote(new Node(document.RootElement, string.Empty), rules);
        }
    }

    private static ReviewNote ReadNote(Node root, IReadOnlyDictionary<string, RuleDescriptor> rules)
    {
        root.ExpectObject();
        var schema = root.String("schema");
        if (schema != JsonNoteWriter.Schema)
        {
            throw new InvalidDataException($"审核意见 JSON 的 schema 为“{schema}”，只能读取“{JsonNoteWriter.Schema}”。");
        }

        var document = root.Object("document");
        var verdict = ReadVerdict(root.Object("verdict"));
        var counts = root.Object("counts");

        var byRule = new Dictionary<string, (int Checks, int Failed)>(StringComparer.Ordinal);
        if (root.OptionalObject("coverage") is { } coverage)
        {
            foreach (var (ruleId, entry) in coverage.Properties())
            {
                byRule.Add(ruleId, (entry.Int("checks"), entry.Int("failed")));
            }
        }

        var descriptors = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var (id, descriptor) in rules)
        {
            descriptors[id] = descriptor;
        }

        var findings = root.Array("findings").Select(f => ReadFinding(f, descriptors)).ToImmutableArray();

        return new ReviewNote
        {
            Title = document.String("title"),
            Unit = document.OptionalString("unit"),
            Year = document.OptionalInt("year"),
            FileName = document.String("fileName"),
            Sha256 = document.String("sha256"),
            Format = document.String("format"),
            EngineVersion = root.String("engine"),
            Verdict = verdict,
            Findings = findings,
            Rules = descriptors,
            Coverage = new CoverageSummary(counts.Int("checks"), counts.Int("checksFailed"), byRule),
            Unchecked = [.. root.Array("unchecked").Select(u => new UncheckedItem(
                u.String("subject"), u.String("reason"), u.OptionalObject("location") is { } location ? ReadLocation(location) : null))],
            Facts = [.. root.Array("facts").Select(f => new KeyFact(
                f.String("role"), f.String("label"), f.String("value"), ReadLocation(f.Object("location"))))],
            Indicators = [.. root.Array("indicators").Select(i => new IndicatorRow(
                i.Int("table") - 1, i.String("level1"), i.String("level2"), i.String("name"), i.String("target"), i.String("actual"),
                i.String("weight"), i.String("score"), i.String("reason"), ReadLocation(i.Object("location"))))],
        };
    }

    private static Finding ReadFinding(Node finding, Dictionary<string, RuleDescriptor> descriptors)
    {
        var ruleId = finding.String("rule");
        var severity = ReadSeverity(finding, "severity") ?? throw finding.Missing("severity");
        if (finding.OptionalString("title") is { } title && !descriptors.ContainsKey(ruleId))
        {
            var area = finding.OptionalString("area", out var areaNode) is { } areaName
                ? JsonNames.Parse<RuleArea>(areaName) ?? throw areaNode.Invalid($"未知的规则类别“{areaName}”")
                : default;
            descriptors.Add(ruleId, new RuleDescriptor(
                ruleId, title, area, ReadSeverity(finding, "defaultSeverity") ?? severity, finding.String("suggestion")));
        }

        return new Finding(
            ruleId,
            severity,
            finding.String("subject"),
            finding.String("message"),
            finding.OptionalString("claimed"),
            finding.OptionalString("computed"),
            [.. finding.Array("evidence").Select(e => new Evidence(ReadLocation(e.Object("location")), e.String("quote"), e.String("role")))]);
    }

    private static Verdict ReadVerdict(Node verdict)
    {
        var id = verdict.String("id", out var node);
        foreach (var value in Enum.GetValues<Verdict>())
        {
            if (value.ToId() == id)
            {
                return value;
            }
        }

        throw node.Invalid($"未知的结论“{id}”（应为 pass、improve 或 return）");
    }

    private static Severity? ReadSeverity(Node finding, string name)
    {
        if (finding.OptionalString(name, out var node) is not { } id)
        {
            return null;
        }

        // Exactly the written names: a note that reads must write back the same.
        foreach (var severity in Enum.GetValues<Severity>())
        {
            if (severity.ToId() == id)
            {
                return severity;
            }
        }

        throw node.Invalid($"未知的严重程度“{id}”（应为 error、warning 或 info）");
    }

    private static SourceLocation ReadLocation(Node location)
    {
        var part = location.OptionalString("part", out var partNode) is { } partName
            ? JsonNames.Parse<DocumentPart>(partName) ?? throw partNode.Invalid($"未知的文档部分“{partName}”")
            : DocumentPart.Body;
        var start = location.OptionalInt("start");
        var length = location.OptionalInt("length");
        if (start.HasValue != length.HasValue)
        {
            throw location.Missing(start.HasValue ? "length" : "start");
        }

        return new SourceLocation
        {
            Part = part,
            Block = location.Int("block"),
            Paragraph = location.OptionalInt("paragraph"),
            Table = location.OptionalInt("table") - 1,
            Row = location.OptionalInt("row") - 1,
            Column = location.OptionalInt("column") - 1,
            Page = location.OptionalInt("page"),
            Box = location.OptionalBox("box"),
            Span = start is { } s && length is { } l ? new TextSpan(s, l) : null,
            Section = location.OptionalString("section"),
        };
    }

    /// <summary>A JSON value with its path from the root, for errors that say where.</summary>
    private readonly record struct Node(JsonElement Element, string Path)
    {
        public void ExpectObject()
        {
            if (Element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("应为对象");
            }
        }

        public Node Object(string name) => OptionalObject(name) ?? throw Missing(name);

        public Node? OptionalObject(string name)
        {
            if (Get(name) is not { } node)
            {
                return null;
            }

            node.ExpectObject();
            return node;
        }

        public List<(string Name, Node Value)> Properties()
        {
            var path = Path;
            return Element.EnumerateObject().Select(p =>
            {
                var value = new Node(p.Value, Child(path, p.Name));
                value.ExpectObject();
                return (Name: p.Name, Value: value);
            }).ToList();
        }

        public List<Node> Array(string name)
        {
            var node = Get(name) ?? throw Missing(name);
            if (node.Element.ValueKind != JsonValueKind.Array)
            {
                throw node.Invalid("应为数组");
            }

            var nodes = new List<Node>();
            foreach (var item in node.Element.EnumerateArray())
            {
                var child = new Node(item, string.Create(CultureInfo.InvariantCulture, $"{node.Path}[{nodes.Count}]"));
                child.ExpectObject();
                nodes.Add(child);
            }

            return nodes;
        }

        public string String(string name) => String(name, out _);

        public string String(string name, out Node node) => OptionalString(name, out node) ?? throw Missing(name);

        public string? OptionalString(string name) => OptionalString(name, out _);

        /// <summary>The string, or null when the field is absent or null (the writer writes null for "no value").</summary>
        public string? OptionalString(string name, out Node node)
        {
            node = default;
            if (Get(name) is not { } value)
            {
                return null;
            }

            node = value;
            return value.Element.ValueKind == JsonValueKind.String ? value.Element.GetString() : throw value.Invalid("应为字符串");
        }

        public int Int(string name) => OptionalInt(name) ?? throw Missing(name);

        public int? OptionalInt(string name)
        {
            if (Get(name) is not { } value)
            {
                return null;
            }

            return value.Element.ValueKind == JsonValueKind.Number && value.Element.TryGetInt32(out var number)
                ? number
                : throw value.Invalid("应为整数");
        }

        public BoundingBox? OptionalBox(string name)
        {
            if (Get(name) is not { } value)
            {
                return null;
            }

            var numbers = new List<double>(4);
            if (value.Element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.Element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var number) && double.IsFinite(number))
                    {
                        numbers.Add(number);
                    }
                    else
                    {
                        numbers.Clear();
                        break;
                    }
                }
            }

            return numbers.Count == 4
                ? new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3])
                : throw value.Invalid("应为四个有限数的数组 [left, bottom, right, top]");
        }

        public InvalidDataException Missing(string name) => Invalid($"缺少“{name}”");

        public InvalidDataException Invalid(string reason) =>
            new($"审核意见 JSON 格式错误：{(Path.Length == 0 ? "根" : Path)} {reason}。");

        /// <summary>The field, or null when absent or JSON null.</summary>
        private Node? Get(string name) =>
            Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? new Node(value, Child(Path, name))
                : null;

        private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;
    }
}
