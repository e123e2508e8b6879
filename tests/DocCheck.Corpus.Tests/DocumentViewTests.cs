using System.Text.RegularExpressions;
using DocCheck.Ingest;
using DocCheck.Ingest.Pdf;
using DocCheck.Pipeline;
using DocCheck.Review.Html;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>
/// What a viewer showing evidence in context relies on, for the real findings of the corpus: every evidence location
/// has its element in the document's HTML, and every PDF evidence box can be marked on its rendered page.
/// </summary>
public sealed partial class DocumentViewTests
{
    private static HashSet<string> Ids(string html) => [.. IdAttribute().Matches(html).Select(m => m.Groups[1].Value)];

    private static void AssertEveryEvidenceHasItsAnchor(CheckResult result)
    {
        var ids = Ids(DocumentHtmlWriter.Write(result.Document));
        foreach (var evidence in result.Run.Findings.SelectMany(f => f.Evidence))
        {
            var id = DocumentHtmlWriter.AnchorId(evidence.Location);
            Assert.True(id is not null && ids.Contains(id), $"{result.Document.FileName} {evidence}: no element with id {id}");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusReports.All), MemberType = typeof(CorpusReports))]
    public void EveryEvidence_HasItsElementInTheHtml(string name)
    {
        AssertEveryEvidenceHasItsAnchor(CorpusReports.Check(name));
    }

    [Fact]
    public void EveryEvidence_OfAPdf_HasItsElement_AndItsBoxIsMarkedOnItsPage()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", "r19-provincial-rural-revitalization-fund-2022.pdf"));
        var result = DocChecker.Default.Check(new DocumentSource("r19.pdf", bytes));
        AssertEveryEvidenceHasItsAnchor(result);

        var pages = PdfPageRenderer.RenderPages(bytes);
        var marked = 0;
        foreach (var evidence in result.Run.Findings.SelectMany(f => f.Evidence))
        {
            if (evidence.Location is { Page: { } page, Box: { } box })
            {
                Assert.InRange(page, 1, pages.Count);
                Assert.Contains("class=\"dc-mark\"", PdfPageRenderer.Mark(pages[page - 1], [box]), StringComparison.Ordinal);
                marked++;
            }
        }

        Assert.True(marked > 0);
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
