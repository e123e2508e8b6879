using System.Text.Encodings.Web;
using System.Text.Json;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;

namespace DocCheck.Review.Json;

/// <summary>
/// Writes the review note as JSON — a contract scripts rely on: a top-level <c>findings</c> list whose entries have
/// <c>rule</c>, <c>severity</c>, <c>subject</c>, <c>claimed</c>, <c>computed</c>, <c>message</c> and <c>evidence</c>
/// (a list of <c>{quote, location}</c>), plus <c>facts</c> and <c>indicators</c>. Fields are only ever added.
/// </summary>
/// <remarks>
/// The output holds every value of the <see cref="ReviewNote"/>, box coordinates rounded to 0.1 pt: besides the
/// fields above, <c>coverage</c> (checks and failed checks per rule id), a finding's rule <c>area</c> and
/// <c>defaultSeverity</c> next to its <c>title</c> and <c>suggestion</c>, and a location's <c>part</c> when it is
/// not the body. Fields derived from others (<c>ref</c>, <c>text</c>, <c>verdict.text</c>,
/// <c>verdict.explanation</c>, the severity and unchecked counts) are for scripts. Dictionary keys are sorted
/// ordinally, so the same note always gives the same bytes, and <see cref="JsonNoteReader"/> reads the output back
/// into a note that writes the same bytes again.
/// </remarks>
public sealed class JsonNoteWriter : INoteWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Chinese stays readable; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The value of the <c>schema</c> field; it changes only if a field is renamed or removed.</summary>
    internal const string Schema = "doccheck.review-note/1";

    /// <summary>A shared instance.</summary>
    public static JsonNoteWriter Instance { get; } = new();

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public string Extension => ".json";

    /// <inheritdoc/>
    public void Write(ReviewNote note, Stream output)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("engine", note.EngineVersion);

        json.WriteStartObject("document");
        json.WriteString("title", note.Title);
        WriteNullable(json, "unit", note.Unit);
        if (note.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WriteString("fileName", note.FileName);
        json.WriteString("sha256", note.Sha256);
        json.WriteString("format", note.Format);
        json.WriteEndObject();

        json.WriteStartObject("verdict");
        json.WriteString("id", note.Verdict.ToId());
        json.WriteString("text", note.Verdict.ToChinese());
        json.WriteString("explanation", VerdictText.Explain(note));
        json.WriteEndObject();

        json.WriteStartObject("counts");
        json.WriteNumber("error", note.Findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warning", note.Findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("info", note.Findings.Count(f => f.Severity == Severity.Info));
        json.WriteNumber("checks", note.Coverage.Checks);
        json.WriteNumber("checksFailed", note.Coverage.Failed);
        json.WriteNumber("unchecked", note.Unchecked.Length);
        json.WriteEndObject();

        // Checks per rule: what the coverage sentence sums up, for re-rendering and for statistics.
        json.WriteStartObject("coverage");
        foreach (var (ruleId, (checks, failed)) in note.Coverage.ByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(ruleId);
            json.WriteNumber("checks", checks);
            json.WriteNumber("failed", failed);
            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartArray("findings");
        foreach (var finding in note.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.RuleId);
            json.WriteString("severity", finding.Severity.ToId());
            json.WriteString("subject", finding.Subject);
            WriteNullable(json, "claimed", finding.Claimed);
            WriteNullable(json, "computed", finding.Computed);
            json.WriteString("message", finding.Message);
            if (note.Rules.TryGetValue(finding.RuleId, out var rule))
            {
                json.WriteString("title", rule.Title);
                json.WriteString("suggestion", rule.Suggestion);
                json.WriteString("area", JsonNames.Of(rule.Area));
                json.WriteString("defaultSeverity", rule.DefaultSeverity.ToId());
            }

            json.WriteStartArray("evidence");
            foreach (var evidence in finding.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("quote", evidence.Quote);
                json.WriteString("role", evidence.Role);
                WriteLocation(json, "location", evidence.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("unchecked");
        foreach (var item in note.Unchecked)
        {
            json.WriteStartObject();
            json.WriteString("subject", item.Subject);
            json.WriteString("reason", item.Reason);
            if (item.Location is { } location)
            {
                WriteLocation(json, "location", location);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("facts");
        foreach (var fact in note.Facts)
        {
            json.WriteStartObject();
            json.WriteString("role", fact.Role);
            json.WriteString("label", fact.Label);
            json.WriteString("value", fact.Value);
            WriteLocation(json, "location", fact.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("indicators");
        foreach (var row in note.Indicators)
        {
            json.WriteStartObject();
            json.WriteNumber("table", row.Table + 1);
            json.WriteString("level1", row.Level1);
            json.WriteString("level2", row.Level2);
            json.WriteString("name", row.Name);
            json.WriteString("target", row.Target);
            json.WriteString("actual", row.Actual);
            json.WriteString("weight", row.Weight);
            json.WriteString("score", row.Score);
            json.WriteString("reason", row.Reason);
            WriteLocation(json, "location", row.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("ref", location.ToString());
        json.WriteString("text", location.Describe());
        if (location.Part != DocumentPart.Body)
        {
            json.WriteString("part", JsonNames.Of(location.Part));
        }

        json.WriteNumber("block", location.Block);
        WriteNumber(json, "paragraph", location.Paragraph);
        WriteNumber(json, "table", location.Table + 1);
        WriteNumber(json, "row", location.Row + 1);
        WriteNumber(json, "column", location.Column + 1);
        WriteNumber(json, "page", location.Page);
        if (location.Span is { } span)
        {
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
        }

        if (location.Box is { } box)
        {
            json.WriteStartArray("box");
            json.WriteNumberValue(Math.Round(box.Left, 1));
            json.WriteNumberValue(Math.Round(box.Bottom, 1));
            json.WriteNumberValue(Math.Round(box.Right, 1));
            json.WriteNumberValue(Math.Round(box.Top, 1));
            json.WriteEndArray();
        }

        WriteNullable(json, "section", location.Section);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }
}
