using DocCheck.Core.Documents;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Review;
using DocCheck.Review.Summary;

namespace DocCheck.Bulk.Tests;

public sealed class BulkScannerTests : IDisposable
{
    private readonly ScanFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BulkScanResult Scan(BulkScanOptions? options = null, DocChecker? checker = null, string? statePath = null)
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(statePath ?? input.DefaultStatePath);
        return new BulkScanner(checker ?? DocChecker.Default, options ?? new BulkScanOptions { Jobs = 2 }).Scan(input, state);
    }

    [Fact]
    public void ChecksEveryReport_OneRowPerFile_WithStatuses()
    {
        var result = Scan();
        var rows = result.Summary.Reports.ToDictionary(r => r.Path);
        Assert.Equal(ScanFolder.Reports, result.Summary.Reports.Select(r => r.Path));
        Assert.Equal(2, result.Ignored);

        Assert.Equal(ScanStatus.Checked, rows[ScanFolder.Clean].Status);
        Assert.Equal(Verdict.Pass, rows[ScanFolder.Clean].Report!.Verdict);
        Assert.Equal("清源市教育局", rows[ScanFolder.Clean].Report!.Unit);
        Assert.Equal("4,030.50万元", rows[ScanFolder.Clean].Report!.Figures.Budget);
        Assert.Equal("91.86%", rows[ScanFolder.Clean].Report!.Figures.ExecutionRate);
        Assert.Equal(91.35m, rows[ScanFolder.Clean].Report!.Figures.ScoreValue);
        Assert.Equal("优", rows[ScanFolder.Clean].Report!.Figures.Grade);

        // A PDF named .docx is read as the PDF it is.
        Assert.Equal(ScanStatus.Checked, rows[ScanFolder.Mislabelled].Status);
        Assert.Equal("pdf", rows[ScanFolder.Mislabelled].Report!.Format);

        var broken = rows[ScanFolder.Broken];
        Assert.Equal(ScanStatus.Unreadable, broken.Status);
        Assert.Contains("损坏", broken.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', broken.Reason!);
    }

    [Fact]
    public void FindingCounts_AreThoseOfTheReviewedExpectations()
    {
        var rows = Scan().Summary.Reports.ToDictionary(r => r.Path);
        Assert.Equal(ScanFolder.ExpectedFindings("r01-school-renovation-2022"), rows[ScanFolder.Clean].Report!.Findings.Length);
        Assert.Equal(ScanFolder.ExpectedFindings("r02-farmland-subsidy-selfeval-2023"), rows[ScanFolder.Farmland].Report!.Findings.Length);
        Assert.Equal(ScanFolder.ExpectedFindings("r03-gov-cloud-ops-2021"), rows[ScanFolder.CloudPdf].Report!.Findings.Length);
        Assert.Equal(ScanFolder.ExpectedFindings("r05-rural-roads-2020"), rows[ScanFolder.Mislabelled].Report!.Findings.Length);
        Assert.Equal(rows[ScanFolder.Farmland].Report!.Findings, rows[ScanFolder.FarmlandCopy].Report!.Findings);
    }

    [Fact]
    public void IdenticalFiles_AreCheckedOnce()
    {
        var result = Scan();
        Assert.Equal(4, result.CheckedNow);
        Assert.Equal(1, result.Reused);
        Assert.True(result.Summary.Reports.Single(r => r.Path == ScanFolder.FarmlandCopy).Reused ^ result.Summary.Reports.Single(r => r.Path == ScanFolder.Farmland).Reused);
    }

    [Fact]
    public void SecondRun_ReusesEveryResult_AndChecksNothing()
    {
        var first = Scan();
        using (var state = ScanState.Open(Path.Combine(_folder.Root, ".doccheck-scan.sqlite")))
        {
            Assert.Equal(5, state.Count(EngineInfo.Version, "default"));
        }

        var second = Scan();
        Assert.Equal(0, second.CheckedNow);
        Assert.Equal(6, second.Reused);
        Assert.All(second.Summary.Reports, r => Assert.True(r.Reused));
        Assert.Equal(
            first.Summary.Reports.Select(r => (r.Path, r.Status, r.Reason, r.Report?.Verdict, r.Report?.Findings.Length, r.Report?.Figures)),
            second.Summary.Reports.Select(r => (r.Path, r.Status, r.Reason, r.Report?.Verdict, r.Report?.Findings.Length, r.Report?.Figures)));
    }

    [Fact]
    public void ResultsUnderOtherSettings_OrFresh_AreNotReused()
    {
        Scan();
        Assert.Equal(4, Scan(new BulkScanOptions { Jobs = 1, SettingsKey = "other" }).CheckedNow);
        Assert.Equal(4, Scan(new BulkScanOptions { Jobs = 1, Fresh = true }).CheckedNow);
        Assert.Equal(5, Scan(new BulkScanOptions { Jobs = 1, Fresh = true, CheckEveryCopy = true }).CheckedNow);
    }

    [Fact]
    public void InternalErrorInOneFile_FailsThatFileAlone_AndIsNotStored()
    {
        var checker = new DocChecker(new CheckPipelineBuilder { Readers = { new ThrowingReader("r03") } }.UseDefaults().Build());
        var result = Scan(checker: checker);
        var failed = Assert.Single(result.Summary.Reports, r => r.Status == ScanStatus.Failed);
        Assert.Equal(ScanFolder.CloudPdf, failed.Path);
        Assert.StartsWith("内部错误", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(4, result.Summary.CheckedReports.Count());

        // The next run tries the failed file again and, with the bug gone, checks it.
        var again = Scan();
        Assert.Equal(1, again.CheckedNow);
        Assert.Equal(ScanStatus.Checked, again.Summary.Reports.Single(r => r.Path == ScanFolder.CloudPdf).Status);
    }

    [Fact]
    public void Progress_CountsUpToTheTotal()
    {
        var reports = new List<ScanProgress>();
        using var input = ScanInput.Open(_folder.Root);
        new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = 2 }).Scan(input, state: null, p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        var last = reports.MaxBy(p => p.Done)!;
        Assert.Equal(6, last.Done);
        Assert.Equal(6, last.Total);
        Assert.Equal(TimeSpan.Zero, last.Remaining);
        Assert.Contains(reports, p => p.Current == ScanFolder.Broken);
    }

    [Fact]
    public void Cancelled_StopsWithWhatWasStored()
    {
        using var cancel = new CancellationTokenSource();
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        Assert.ThrowsAny<OperationCanceledException>(() => new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = 1 }).Scan(input, state, p =>
        {
            if (p.Done == 2)
            {
                cancel.Cancel();
            }
        }, cancel.Token));
        Assert.InRange(state.Count(EngineInfo.Version, "default"), 1, 3);
    }

    [Fact]
    public void InternalErrorOrCancellation_DoesNotCountAsAnInterruption()
    {
        var checker = new DocChecker(new CheckPipelineBuilder { Readers = { new ThrowingReader("r01") } }.UseDefaults().Build());
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        var row = new BulkScanner(checker, new BulkScanOptions { Jobs = 2 }).Scan(input, state).Summary.Reports.Single(r => r.Path == ScanFolder.Clean);
        Assert.Equal(ScanStatus.Failed, row.Status);
        Assert.Empty(state.Interrupted(EngineInfo.Version, "default"));
    }

    /// <summary>Throws a bug-like exception for files whose name has a marker; reads nothing else.</summary>
    private sealed class ThrowingReader(string marker) : IDocumentReader
    {
        public bool CanRead(SniffedFormat format) => true;

        public ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
        {
            if (source.FileName.Contains(marker, StringComparison.Ordinal))
            {
                throw new MissingMemberException("simulated bug");
            }

            var reader = source.FileName.EndsWith(".pdf", StringComparison.Ordinal) || FormatSniffer.Sniff(source.Content) == SniffedFormat.Pdf
                ? (IDocumentReader)Ingest.Pdf.PdfReader.Instance
                : Ingest.Docx.DocxReader.Instance;
            return reader.Read(source, cancellationToken);
        }
    }
}
