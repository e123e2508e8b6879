using System.Globalization;
using System.Text;
using DocCheck.Pipeline;
using DocCheck.Pipeline.Fidelity;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>
/// Each corpus PDF read against its Word original (<c>doccheck eval-pdf corpus</c>): the figures are held in a
/// golden file so that they cannot fall silently, and the issue's targets are asserted on top.
/// </summary>
public sealed class PdfFidelityTests
{
    private static readonly Lazy<IReadOnlyList<FidelityResult>> Results =
        new(() => PdfFidelity.EvaluateCorpus(RepoPaths.Corpus, DocChecker.Default.Pipeline));

    [Fact]
    public void TheFiguresMatchTheReviewedOnes()
    {
        var text = new StringBuilder();
        foreach (var result in Results.Value)
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Producer} {result.Name} cells {result.IdenticalCells}/{result.Cells} findings {(result.FindingsIdentical ? "identical" : "differ")}");
            text.Append(result.Error is null ? "\n" : " error " + result.Error + "\n");
        }

        Golden.Assert(text.ToString(), Path.Combine(RepoPaths.Corpus, "expected", "pdf-fidelity.txt"));
    }

    [Theory]
    [InlineData("libreoffice", 0.99, 21)]
    [InlineData("chromium", 0.97, 6)]
    public void EachProducer_MeetsItsTargets(string producer, double cellShare, int atLeastReports)
    {
        var results = Results.Value.Where(r => r.Producer == producer).ToList();

        Assert.True(results.Count >= atLeastReports, $"{producer}: {results.Count} PDFs");
        Assert.All(results, r => Assert.Null(r.Error));
        var share = results.Sum(r => r.IdenticalCells) / (double)results.Sum(r => r.Cells);
        Assert.True(share >= cellShare, $"{producer}: {share:P2} of cells identical");
        if (producer == "libreoffice")
        {
            Assert.All(results, r => Assert.True(r.FindingsIdentical, r.Name + ": " + string.Join("; ", r.FindingDifferences)));
        }
    }

    [Fact]
    public void SomeChromiumPdfs_HaveTablesWithoutColumnLines()
    {
        var list = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "pdf", "chromium.list"));

        Assert.Contains(list, l => l.Contains(" borderless ", StringComparison.Ordinal));
        Assert.Contains(list, l => l.Contains(" three-line ", StringComparison.Ordinal));
    }
}
