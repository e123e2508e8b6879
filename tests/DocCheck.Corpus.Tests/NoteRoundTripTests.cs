using System.Collections.Concurrent;
using System.Text;
using DocCheck.Core.Findings;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Review;
using DocCheck.Review.Json;
using DocCheck.Review.Markdown;
using DocCheck.Rules;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>
/// The note of every corpus report stored as JSON and read back (what the web does before re-rendering a note
/// with only the findings a reviewer kept): nothing is lost.
/// </summary>
public sealed class NoteRoundTripTests
{
    /// <summary>The engine's rule descriptors, as the web passes them.</summary>
    private static readonly IReadOnlyDictionary<string, RuleDescriptor> EngineRules =
        BuiltInRules.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, CheckResult> PdfResults = new();

    private static readonly string[] PdfNames = [.. Directory.GetFiles(PdfFolder, "*.pdf")
        .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> LibreOfficePdfs => [.. PdfNames];

    private static string PdfFolder => Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice");

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void Docx_WriteReadWrite_GivesTheSameJson(string name)
    {
        AssertRoundTrip(NoteBuilder.Build(CorpusReports.Check(name)));
    }

    [Theory]
    [MemberData(nameof(LibreOfficePdfs))]
    public void Pdf_WriteReadWrite_GivesTheSameJson(string name)
    {
        AssertRoundTrip(NoteBuilder.Build(CheckPdf(name)));
    }

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void Markdown_FromTheReadNote_IsTheSame_AlsoWithoutTheFirstFinding(string name)
    {
        var note = NoteBuilder.Build(CorpusReports.Check(name));
        var read = JsonNoteReader.Read(Json(note), EngineRules);

        Assert.Equal(MarkdownNoteWriter.Render(note), MarkdownNoteWriter.Render(read));
        Assert.Equal(MarkdownNoteWriter.Render(WithoutFirstFinding(note)), MarkdownNoteWriter.Render(WithoutFirstFinding(read)));
    }

    [Fact]
    public void TheCorpusNotes_HoldWhatTheRoundTripMustKeep()
    {
        var docx = CorpusReports.Names.Select(n => NoteBuilder.Build(CorpusReports.Check(n))).ToList();
        var pdf = PdfNames.Select(n => NoteBuilder.Build(CheckPdf(n))).ToList();

        Assert.All(docx, n => Assert.NotEmpty(n.Coverage.ByRule));
        Assert.Contains(docx, n => n.Findings.Length > 1);
        Assert.Contains(pdf, n => n.Findings.SelectMany(f => f.Evidence).Any(e => e.Location is { Page: not null, Box: not null }));
    }

    private static void AssertRoundTrip(ReviewNote note)
    {
        var json = Json(note);
        var read = JsonNoteReader.Read(json, EngineRules);

        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(Json(read)));

        // The subset the web renders goes through the same path.
        var subset = Json(WithoutFirstFinding(read));
        Assert.Equal(Encoding.UTF8.GetString(subset), Encoding.UTF8.GetString(Json(JsonNoteReader.Read(subset, EngineRules))));
    }

    private static CheckResult CheckPdf(string name) => PdfResults.GetOrAdd(name, n =>
        DocChecker.Default.Check(DocumentSource.FromFile(Path.Combine(PdfFolder, n + ".pdf"))));

    private static ReviewNote WithoutFirstFinding(ReviewNote note)
    {
        var shown = note.Findings.Skip(1).ToList();
        return note with { Findings = [.. shown], Verdict = VerdictText.From(shown) };
    }

    private static byte[] Json(ReviewNote note)
    {
        using var stream = new MemoryStream();
        JsonNoteWriter.Instance.Write(note, stream);
        return stream.ToArray();
    }
}
