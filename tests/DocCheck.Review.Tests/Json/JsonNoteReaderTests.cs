using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Review.Docx;
using DocCheck.Review.Json;
using DocCheck.Review.Markdown;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Review.Tests.Json;

public sealed class JsonNoteReaderTests
{
    private static readonly RuleDescriptor Outline = new("outline.missing-section", "提纲缺少必备章节", RuleArea.Structure, Severity.Warning, "请补充章节。");

    private static readonly IReadOnlyDictionary<string, RuleDescriptor> Rules = SampleNotes.Note().Rules;

    /// <summary>A note that uses every field: text boxes, pages, boxes, spans, cells, per-rule coverage, odd characters.</summary>
    private static readonly ReviewNote Rich = SampleNotes.Note() with
    {
        Unit = null,
        Year = null,
        Format = "pdf",
        Verdict = Verdict.Return,
        Findings =
        [
            new Finding(SampleNotes.Rate.Id, Severity.Error, "预算执行率", "执行率写为\"98%\"，应为 97.5%。\n另见表2。", "98%", "97.5%",
            [
                new Evidence(new SourceLocation { Part = DocumentPart.TextBox, Block = 7, Paragraph = 2, Page = 3, Box = new BoundingBox(72.04999, 700.26, 523.96, 712.1), Span = new TextSpan(4, 3), Section = "三、<绩效> & \\目标\\" }, "98%", "比率"),
                new Evidence(new SourceLocation { Block = 12, Table = 1, Row = 4, Column = 2, Page = 4, Box = new BoundingBox(-0.04, 0, 100, 1e-3) }, string.Empty, "分项 3"),
            ]),
            new Finding("ingest.unknown-rule", Severity.Info, "😀 表情", "无规则说明的发现。", null, null,
                [new Evidence(SourceLocation.OfPage(5), "第5页", "页面")]),
            new Finding(SampleNotes.Vague.Id, Severity.Warning, "满意度", "指标值未量化。", null, "—",
                [new Evidence(new SourceLocation { Block = 3, Table = 0 }, "较好", "年度指标值")]),
        ],
        Coverage = new CoverageSummary(12, 3, new Dictionary<string, (int, int)>
        {
            ["sum.mismatch"] = (4, 0),
            [SampleNotes.Rate.Id] = (7, 2),
            ["Zeta.upper"] = (1, 1),
        }),
        Unchecked =
        [
            new UncheckedItem("读取", "第5页的文字无法解码，已跳过。", SourceLocation.OfPage(5)),
            new UncheckedItem("规则 x", "规则运行出错", null),
        ],
        Facts = [new KeyFact("预算", "全年预算", "1,234.50万元", new SourceLocation { Block = 1, Paragraph = 1, Page = 1, Span = new TextSpan(0, 11) })],
    };

    public static TheoryData<string> SampleNames => ["two-findings", "none", "rich"];

    private static ReviewNote Sample(string name) => name switch
    {
        "two-findings" => SampleNotes.Note(SampleNotes.Finding(SampleNotes.Rate, Severity.Error), SampleNotes.Finding(SampleNotes.Vague, Severity.Warning, "居民健康素养水平")),
        "none" => SampleNotes.Note(),
        _ => Rich,
    };

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void WriteReadWrite_GivesTheSameBytes(string name)
    {
        var json = Write(Sample(name));

        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(Write(JsonNoteReader.Read(json, Rules))));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AllThreeInputs_ReadTheSameNote(string name)
    {
        var json = Write(Sample(name));
        using var stream = new MemoryStream(json);

        var expected = Encoding.UTF8.GetString(json);
        Assert.Equal(expected, Encoding.UTF8.GetString(Write(JsonNoteReader.Read(stream, Rules))));
        Assert.Equal(expected, Encoding.UTF8.GetString(Write(JsonNoteReader.Read(expected, Rules))));
        Assert.Equal(expected, Encoding.UTF8.GetString(Write(JsonNoteReader.Read([.. Encoding.UTF8.Preamble, .. json], Rules))));
        Assert.Equal(expected, Encoding.UTF8.GetString(Write(JsonNoteReader.Read("\uFEFF" + expected, Rules))));
    }

    [Fact]
    public void EveryValueComesBack()
    {
        var read = JsonNoteReader.Read(Write(Rich), Rules);

        Assert.Equal((Rich.Title, Rich.Unit, Rich.Year, Rich.FileName, Rich.Sha256, Rich.Format, Rich.EngineVersion, Rich.Verdict),
            (read.Title, read.Unit, read.Year, read.FileName, read.Sha256, read.Format, read.EngineVersion, read.Verdict));
        Assert.Equal((12, 3), (read.Coverage.Checks, read.Coverage.Failed));
        Assert.Equal(Rich.Coverage.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal), read.Coverage.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(Rich.Findings.Length, read.Findings.Length);
        foreach (var (original, back) in Rich.Findings.Zip(read.Findings))
        {
            Assert.Equal((original.RuleId, original.Severity, original.Subject, original.Message, original.Claimed, original.Computed),
                (back.RuleId, back.Severity, back.Subject, back.Message, back.Claimed, back.Computed));
            Assert.Equal<Evidence>(original.Evidence.Select(e => e with { Location = Rounded(e.Location) }), back.Evidence);
        }

        Assert.Equal<UncheckedItem>(Rich.Unchecked, read.Unchecked);
        Assert.Equal<KeyFact>(Rich.Facts, read.Facts);
        Assert.Equal<IndicatorRow>(Rich.Indicators, read.Indicators);
        Assert.Equal(DocumentPart.TextBox, read.Findings[0].Evidence[0].Location.Part);
        Assert.Equal(new BoundingBox(72, 700.3, 524, 712.1), read.Findings[0].Evidence[0].Location.Box);
    }

    [Fact]
    public void TheRulesPassedAreUsed_AndAFindingsRuleNotAmongThemIsMadeFromTheJson()
    {
        var json = Write(Sample("two-findings"));

        var read = JsonNoteReader.Read(json, new Dictionary<string, RuleDescriptor> { [Outline.Id] = Outline });

        Assert.Equal(Outline, read.Rules[Outline.Id]);
        Assert.Equal(SampleNotes.Rate, read.Rules[SampleNotes.Rate.Id]);
        Assert.Equal(SampleNotes.Vague, read.Rules[SampleNotes.Vague.Id]);
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(Write(read)));
    }

    [Fact]
    public void AFindingWithoutTitle_StaysWithoutDescriptor()
    {
        var read = JsonNoteReader.Read(Write(Rich), Rules);

        Assert.False(read.Rules.ContainsKey("ingest.unknown-rule"));
        Assert.Equal(Rules.Keys.Order(StringComparer.Ordinal), read.Rules.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ANoteWrittenBeforeTheAddedFields_StillReads()
    {
        var json = JsonNode.Parse(Write(Sample("two-findings")))!.AsObject();
        json.Remove("coverage");
        foreach (var finding in json["findings"]!.AsArray())
        {
            finding!.AsObject().Remove("area");
            finding.AsObject().Remove("defaultSeverity");
        }

        var read = JsonNoteReader.Read(json.ToJsonString(), new Dictionary<string, RuleDescriptor>());

        Assert.Empty(read.Coverage.ByRule);
        Assert.Equal(SampleNotes.Rate with { Area = default }, read.Rules[SampleNotes.Rate.Id]);
        Assert.Equal(SampleNotes.Vague with { Area = default }, read.Rules[SampleNotes.Vague.Id]);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Markdown_FromTheReadNote_IsTheSame_AlsoForASubsetOfFindings(string name)
    {
        var original = Sample(name);
        var read = JsonNoteReader.Read(Write(original), Rules);

        Assert.Equal(MarkdownNoteWriter.Render(original), MarkdownNoteWriter.Render(read));
        Assert.Equal(MarkdownNoteWriter.Render(WithoutFirstFinding(original)), MarkdownNoteWriter.Render(WithoutFirstFinding(read)));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Docx_FromTheReadNote_IsTheSame(string name)
    {
        var original = Sample(name);
        var read = JsonNoteReader.Read(Write(original), Rules);

        Assert.Equal(DocxBody(original), DocxBody(read));
        Assert.Equal(DocxBody(WithoutFirstFinding(original)), DocxBody(WithoutFirstFinding(read)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"doccheck.review-note/1\"")]
    [InlineData("{}")]
    [InlineData("{\"schema\": 1}")]
    [InlineData("{\"schema\": \"doccheck.review-note/2\"}")]
    [InlineData("{\"schema\": \"doccheck.review-note/1\"}")]
    [InlineData("{\"schema\": \"doccheck.review-note/1\", \"schema\": \"doccheck.review-note/1\"}")]
    [InlineData("{\"schema\": \"doccheck.review-note/1\"} {}")]
    [InlineData("{\"schema\": \"doccheck.review-note/1\",}")]
    public void InputThatIsNotANote_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(json, Rules));
        Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(Encoding.UTF8.GetBytes(json), Rules));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(stream, Rules));
    }

    [Fact]
    public void AnotherSchema_IsNamedInTheMessage()
    {
        var json = Encoding.UTF8.GetString(Write(Rich)).Replace("doccheck.review-note/1", "doccheck.review-note/2", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(json, Rules));
        Assert.Contains("doccheck.review-note/2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTruncation_ThrowsInvalidData_WithTheParserErrorInside()
    {
        var json = Write(Rich);

        for (var length = 0; length < json.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(json.AsSpan(0, length), Rules));
            Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
        }
    }

    [Theory]
    [InlineData("findings/0/severity", "\"fatal\"", "findings[0].severity")]
    [InlineData("findings/0/evidence/0/location/block", "\"7\"", "findings[0].evidence[0].location.block")]
    [InlineData("findings/0/evidence/0/location/part", "\"footnote\"", "findings[0].evidence[0].location.part")]
    [InlineData("findings/0/evidence/0/location/box", "[1, 2, 3]", "findings[0].evidence[0].location.box")]
    [InlineData("findings/0/evidence/0/location/start", "null", "findings[0].evidence[0].location")]
    [InlineData("findings/2/evidence/0/location/table", "1.5", "findings[2].evidence[0].location.table")]
    [InlineData("verdict/id", "\"reject\"", "verdict.id")]
    [InlineData("coverage/rate.mismatch", "[]", "coverage.rate.mismatch")]
    [InlineData("document/title", "null", "document")]
    [InlineData("counts/checks", "2147483648", "counts.checks")]
    [InlineData("facts", "{}", "facts")]
    public void AWrongField_IsNamedInTheMessage(string path, string value, string named)
    {
        var json = Replace(JsonNode.Parse(Write(Rich))!, path, JsonNode.Parse(value));

        var error = Assert.Throws<InvalidDataException>(() => JsonNoteReader.Read(json, Rules));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyFieldOfAnyOtherKind_ReadsOrThrowsInvalidData_NeverAnythingElse()
    {
        var original = JsonNode.Parse(Write(Rich))!;
        string[] replacements = ["null", "true", "-1", "0", "1.5", "1e400", "\"\"", "\"x\"", "{}", "[]", "[1, 2, 3, 4]"];

        foreach (var path in Paths(original, string.Empty))
        {
            foreach (var value in replacements)
            {
                var json = Replace(original, path, JsonNode.Parse(value));
                try
                {
                    JsonNoteReader.Read(json, Rules);
                }
                catch (InvalidDataException)
                {
                }
                catch (Exception ex)
                {
                    Assert.Fail($"{path} = {value}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }
    }

    [Fact]
    public void UnknownFields_AreIgnored()
    {
        var json = JsonNode.Parse(Write(Rich))!;
        json["addedLater"] = new JsonObject { ["x"] = 1 };
        json["findings"]![0]!["addedLater"] = "y";

        Assert.Equal(Encoding.UTF8.GetString(Write(Rich)), Encoding.UTF8.GetString(Write(JsonNoteReader.Read(json.ToJsonString(), Rules))));
    }

    private static ReviewNote WithoutFirstFinding(ReviewNote note)
    {
        var shown = note.Findings.Skip(1).ToList();
        return note with { Findings = [.. shown], Verdict = VerdictText.From(shown) };
    }

    private static byte[] Write(ReviewNote note)
    {
        using var stream = new MemoryStream();
        JsonNoteWriter.Instance.Write(note, stream);
        return stream.ToArray();
    }

    private static string DocxBody(ReviewNote note)
    {
        using var stream = new MemoryStream();
        DocxNoteWriter.Instance.Write(note, stream);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }

    private static SourceLocation Rounded(SourceLocation location) => location.Box is { } box
        ? location with { Box = new BoundingBox(Math.Round(box.Left, 1), Math.Round(box.Bottom, 1), Math.Round(box.Right, 1), Math.Round(box.Top, 1)) }
        : location;

    /// <summary>Every value's path below <paramref name="node"/>, as slash-separated names and indices.</summary>
    private static IEnumerable<string> Paths(JsonNode? node, string path)
    {
        IEnumerable<(string Key, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(p => (p.Key, p.Value)),
            JsonArray array => array.Select((c, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), c)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            var childPath = path.Length == 0 ? key : path + "/" + key;
            yield return childPath;
            foreach (var below in Paths(child, childPath))
            {
                yield return below;
            }
        }
    }

    private static string Replace(JsonNode root, string path, JsonNode? value)
    {
        var copy = root.DeepClone();
        var parts = path.Split('/');
        var parent = copy;
        foreach (var part in parts[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : parent[part]!;
        }

        if (parent is JsonArray list)
        {
            list[int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[parts[^1]] = value;
        }

        return copy.ToJsonString();
    }
}
