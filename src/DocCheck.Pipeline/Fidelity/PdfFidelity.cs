using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocCheck.Core.Findings;
using DocCheck.Ingest;

namespace DocCheck.Pipeline.Fidelity;

/// <summary>
/// Measures how faithfully a PDF is read, against the Word file it was made from: the share of table cells whose
/// text is identical (same table, same row and column, same normalised text) and whether the findings are the same
/// (rule, severity, subject, claimed and computed values, and locations apart from page and box).
/// </summary>
public static class PdfFidelity
{
    /// <summary>Where the corpus keeps PDFs: <c>pdf/&lt;producer&gt;/&lt;name&gt;.pdf</c>, made from <c>docx/&lt;name&gt;.docx</c>.</summary>
    public static IReadOnlyList<FidelityResult> EvaluateCorpus(string corpusRoot, CheckPipeline pipeline, Action<FidelityResult>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var pdfRoot = Path.Combine(corpusRoot, "pdf");
        if (!Directory.Exists(pdfRoot))
        {
            return [];
        }

        var results = new List<FidelityResult>();
        foreach (var producerDir in Directory.GetDirectories(pdfRoot).Order(StringComparer.Ordinal))
        {
            foreach (var pdfPath in Directory.GetFiles(producerDir, "*.pdf").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(pdfPath);
                var wordPath = Path.Combine(corpusRoot, "docx", name + ".docx");
                var result = File.Exists(wordPath)
                    ? Compare(DocumentSource.FromFile(wordPath), DocumentSource.FromFile(pdfPath), Path.GetFileName(producerDir), pipeline)
                    : new FidelityResult(name, Path.GetFileName(producerDir), 0, 0, false, [], [], "没有对应的 Word 原件 docx/" + name + ".docx");
                progress?.Invoke(result);
                results.Add(result);
            }
        }

        return results;
    }

    /// <summary>Compares the reading of one PDF with the reading of its Word original.</summary>
    public static FidelityResult Compare(DocumentSource word, DocumentSource pdf, string producer, CheckPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(pipeline);
        var name = Path.GetFileNameWithoutExtension(pdf.FileName);
        CheckResult expected, actual;
        try
        {
            expected = pipeline.Check(word);
            actual = pipeline.Check(pdf);
        }
        catch (UnreadableDocumentException ex)
        {
            return new FidelityResult(name, producer, 0, 0, false, [], [], ex.Message);
        }

        var (cells, identical, cellDifferences) = CompareTables(expected.Document, actual.Document);
        var findingDifferences = CompareFindings(expected.Run.Findings, actual.Run.Findings);
        return new FidelityResult(name, producer, cells, identical, findingDifferences.Count == 0, findingDifferences, cellDifferences, null);
    }

    private static (int Cells, int Identical, List<string> Differences) CompareTables(ReportDocument word, ReportDocument pdf)
    {
        var wordTables = word.Blocks.OfType<TableBlock>().ToList();
        var pdfTables = pdf.Blocks.OfType<TableBlock>().ToList();
        var differences = new List<string>();
        int cells = 0, identical = 0;
        for (var t = 0; t < wordTables.Count; t++)
        {
            var pdfTable = t < pdfTables.Count ? pdfTables[t] : null;
            foreach (var cell in wordTables[t].Cells)
            {
                cells++;
                var other = pdfTable?.At(cell.Row, cell.Column);
                if (other is not null && other.Row == cell.Row && other.Column == cell.Column && other.Value == cell.Value)
                {
                    identical++;
                }
                else
                {
                    differences.Add($"{cell.Location}: Word “{cell.Value}” | PDF “{(other is null ? "（无此单元格）" : other.Value)}”");
                }
            }
        }

        if (pdfTables.Count != wordTables.Count)
        {
            differences.Insert(0, $"表格数：Word {wordTables.Count} 个，PDF {pdfTables.Count} 个");
        }

        return (cells, identical, differences);
    }

    private static List<string> CompareFindings(IReadOnlyList<Finding> word, IReadOnlyList<Finding> pdf)
    {
        var expected = word.Select(Key).ToList();
        var actual = pdf.Select(Key).ToList();
        var differences = new List<string>();
        foreach (var missing in expected.Except(actual))
        {
            differences.Add("PDF 缺少：" + missing);
        }

        foreach (var extra in actual.Except(expected))
        {
            differences.Add("PDF 多出：" + extra);
        }

        return differences;
    }

    /// <summary>A finding without the page and box a Word file cannot have.</summary>
    private static string Key(Finding finding) =>
        (finding with { Evidence = [.. finding.Evidence.Select(e => e with { Location = e.Location with { Page = null, Box = null } })] }).ToString();
}

/// <summary>How faithfully one PDF was read.</summary>
/// <param name="Name">The report's name (file name without extension).</param>
/// <param name="Producer">What made the PDF (libreoffice, chromium).</param>
/// <param name="Cells">Table cells in the Word original.</param>
/// <param name="IdenticalCells">Those read identically from the PDF.</param>
/// <param name="FindingsIdentical">Whether the findings are the same.</param>
/// <param name="FindingDifferences">Findings in one reading and not the other.</param>
/// <param name="CellDifferences">Cells read differently.</param>
/// <param name="Error">Why the pair could not be compared, when it could not.</param>
public sealed record FidelityResult(
    string Name,
    string Producer,
    int Cells,
    int IdenticalCells,
    bool FindingsIdentical,
    IReadOnlyList<string> FindingDifferences,
    IReadOnlyList<string> CellDifferences,
    string? Error)
{
    /// <summary>The share of identical cells (1 when the report has no tables).</summary>
    public double CellShare => Cells == 0 ? (Error is null ? 1 : 0) : IdenticalCells / (double)Cells;
}
