using System.Collections.Concurrent;
using System.Diagnostics;
using DocCheck.Core.Documents;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Review.Summary;

namespace DocCheck.Bulk.Tests;

/// <summary>
/// Checks a process died during (marks left in the state file): each is checked again alone, only one that died alone
/// is blamed, and results an earlier process of the same run stored count as checked in this run. The deaths
/// themselves are simulated by leaving marks, as a dead process does; ScanCommandTests kill real processes.
/// </summary>
public sealed class InterruptedCheckTests : IDisposable
{
    private const string Default = "default";

    private readonly ScanFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string ShaOf(string relative) => new DocumentSource("x", File.ReadAllBytes(Path.Combine(_folder.Root, relative))).Sha256;

    private static BulkScanResult Scan(ScanInput input, ScanState state, WatchingReader? reader = null, BulkScanOptions? options = null) =>
        new BulkScanner(reader?.Checker ?? DocChecker.Default, options ?? new BulkScanOptions { Jobs = 2 }).Scan(input, state);

    private static ScannedReport Row(BulkScanResult result, string path) => result.Summary.Reports.Single(r => r.Path == path);

    [Fact]
    public void FilesInFlightWhenTheProcessDied_AreEachCheckedAlone_AndGetTheirRealResults()
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);

        // The process died with these two checks in flight side by side: either may have killed it, or neither.
        state.BeginCheck(ShaOf(ScanFolder.Clean), EngineInfo.Version, Default, ScanFolder.Clean);
        state.BeginCheck(ShaOf(ScanFolder.CloudPdf), EngineInfo.Version, Default, ScanFolder.CloudPdf);
        var reader = new WatchingReader(state);
        var started = DateTimeOffset.UtcNow;
        var result = Scan(input, state, reader);

        Assert.Equal(ScanStatus.Checked, Row(result, ScanFolder.Clean).Status);
        Assert.Equal(ScanStatus.Checked, Row(result, ScanFolder.CloudPdf).Status);
        Assert.Equal(ScanFolder.ExpectedFindings("r01-school-renovation-2022"), Row(result, ScanFolder.Clean).Report!.Findings.Length);
        Assert.Equal(4, result.CheckedNow);
        Assert.Empty(state.Unfinished(EngineInfo.Version, Default));

        var suspects = new[] { Path.GetFileName(ScanFolder.Clean), Path.GetFileName(ScanFolder.CloudPdf) };
        foreach (var suspect in suspects)
        {
            var read = reader.Reads[suspect];
            Assert.DoesNotContain(reader.Reads.Values, other => other != read && other.Overlaps(read));

            // While it ran, its mark was the only one this run had made: had the process died then, it alone is named.
            var marks = read.MarksDuring.Where(m => m.BeganAt >= started).ToList();
            Assert.Equal(suspect, Path.GetFileName(Assert.Single(marks).Path));
            Assert.Equal(1, marks[0].AloneChecks);
        }

        // The others ran as usual, under the shared side of the gate. (Whether two of them happen to overlap depends on
        // the machine's timing, so it is not asserted: a CI run once had them one after the other.)
        var others = reader.Reads.Where(r => !suspects.Contains(r.Key)).Select(r => r.Value).ToList();
        Assert.All(others, read => Assert.All(read.MarksDuring.Where(m => m.BeganAt >= started), m => Assert.Equal(0, m.AloneChecks)));
    }

    [Fact]
    public void FileWhoseCheckDiedAlone_IsBlamed_TheOtherFileInFlightIsChecked_AndItIsSkippedUntilFresh()
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        state.BeginCheck(ShaOf(ScanFolder.Clean), EngineInfo.Version, Default, ScanFolder.Clean, alone: true);
        state.BeginCheck(ShaOf(ScanFolder.Farmland), EngineInfo.Version, Default, ScanFolder.Farmland);

        var first = Scan(input, state);
        var blamed = Row(first, ScanFolder.Clean);
        Assert.Equal(ScanStatus.Failed, blamed.Status);
        Assert.Equal("单独检查此文件时审核进程意外退出（可能触发了程序缺陷或耗尽内存），已跳过；排查后用 --fresh 重新检查。", blamed.Reason);
        Assert.Equal(ScanStatus.Checked, Row(first, ScanFolder.Farmland).Status);
        Assert.Single(first.Summary.Reports, r => r.Status == ScanStatus.Failed);
        Assert.Equal([ScanFolder.Clean], state.Interrupted(EngineInfo.Version, Default));

        // Later runs skip it without trying (nothing is read) until --fresh.
        var reader = new WatchingReader(state);
        var second = Scan(input, state, reader);
        Assert.Equal(ScanStatus.Failed, Row(second, ScanFolder.Clean).Status);
        Assert.Empty(reader.Reads);
        Assert.Equal(0, second.CheckedNow);

        var fresh = Scan(input, state, options: new BulkScanOptions { Jobs = 2, Fresh = true });
        Assert.Equal(ScanStatus.Checked, Row(fresh, ScanFolder.Clean).Status);
        Assert.Empty(state.Unfinished(EngineInfo.Version, Default));
    }

    [Fact]
    public void RetriesAfterInterruption_CountsOnlyChecksThatDiedAlone()
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        var sha = ShaOf(ScanFolder.Clean);

        // Settings keys of their own, so that no stored result stands in the way.
        state.BeginCheck(sha, EngineInfo.Version, "once", ScanFolder.Clean, alone: true);
        var once = Scan(input, state, options: new BulkScanOptions { Jobs = 2, RetriesAfterInterruption = 2, SettingsKey = "once" });
        Assert.Equal(ScanStatus.Checked, Row(once, ScanFolder.Clean).Status);

        state.BeginCheck(sha, EngineInfo.Version, "twice", ScanFolder.Clean);
        state.BeginCheck(sha, EngineInfo.Version, "twice", ScanFolder.Clean, alone: true);
        state.BeginCheck(sha, EngineInfo.Version, "twice", ScanFolder.Clean, alone: true);
        Assert.Equal(2, state.Unfinished(EngineInfo.Version, "twice").Single().AloneChecks);
        var twice = Scan(input, state, options: new BulkScanOptions { Jobs = 2, RetriesAfterInterruption = 2, SettingsKey = "twice" });
        Assert.Equal(ScanStatus.Failed, Row(twice, ScanFolder.Clean).Status);
        Assert.StartsWith("单独检查此文件时审核进程 2 次意外退出", Row(twice, ScanFolder.Clean).Reason, StringComparison.Ordinal);

        // A check beside others starts the count again: its death would not say whose it was.
        state.BeginCheck(sha, EngineInfo.Version, "twice", ScanFolder.Clean);
        Assert.Equal(0, state.Unfinished(EngineInfo.Version, "twice").Single().AloneChecks);

        Assert.Throws<ArgumentException>(() => new BulkScanner(DocChecker.Default, new BulkScanOptions { RetriesAfterInterruption = 0 }));
    }

    [Fact]
    public void FreshRun_ForgivesEarlierRunsBlame_ButNotABlameOfItsOwn()
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        var sha = ShaOf(ScanFolder.Clean);
        state.BeginCheck(sha, EngineInfo.Version, Default, ScanFolder.Clean, alone: true);
        Thread.Sleep(20);

        // A fresh run began after that blame; its first child forgave it, checked the file alone and died.
        var runStarted = DateTimeOffset.UtcNow;
        state.ForgiveBefore(EngineInfo.Version, Default, runStarted);
        Assert.Equal(0, state.Unfinished(EngineInfo.Version, Default).Single().AloneChecks);
        state.BeginCheck(sha, EngineInfo.Version, Default, ScanFolder.Clean, alone: true);

        // The next child of that run skips it, --fresh and all.
        var sameRun = Scan(input, state, options: new BulkScanOptions { Jobs = 2, Fresh = true, RunStarted = runStarted });
        Assert.Equal(ScanStatus.Failed, Row(sameRun, ScanFolder.Clean).Status);

        // The next fresh run tries it again (alone).
        Thread.Sleep(20);
        var nextRun = Scan(input, state, options: new BulkScanOptions { Jobs = 2, Fresh = true });
        Assert.Equal(ScanStatus.Checked, Row(nextRun, ScanFolder.Clean).Status);
        Assert.Empty(state.Unfinished(EngineInfo.Version, Default));
    }

    [Fact]
    public void ResultsStoredSinceTheRunStarted_CountAsCheckedInThisRun_NotReused()
    {
        using var input = ScanInput.Open(_folder.Root);
        using var state = ScanState.Open(input.DefaultStatePath);
        var runStarted = DateTimeOffset.UtcNow;
        var first = Scan(input, state);
        Assert.Equal((4, 1), (first.CheckedNow, first.Reused));

        // A second process of the same run (the first died after storing these) checks nothing and reuses nothing.
        var reader = new WatchingReader(state);
        var continued = Scan(input, state, reader, new BulkScanOptions { Jobs = 2, RunStarted = runStarted });
        Assert.Empty(reader.Reads);
        Assert.Equal((4, 1), (continued.CheckedNow, continued.Reused)); // the 1: an identical copy, checked once
        Assert.True(continued.Elapsed >= first.Elapsed, "the run's time counts from its start");

        // With --fresh too: the run's own results stand, older ones do not.
        var freshContinued = Scan(input, state, reader, new BulkScanOptions { Jobs = 2, RunStarted = runStarted, Fresh = true });
        Assert.Empty(reader.Reads);
        Assert.Equal(4, freshContinued.CheckedNow);
        Assert.Equal(4, Scan(input, state, reader, new BulkScanOptions { Jobs = 2, Fresh = true }).CheckedNow);
        Assert.Equal(5, reader.Reads.Count); // the broken file is read too, and found unreadable

        // A later run reuses them all.
        var later = Scan(input, state);
        Assert.Equal((0, 6), (later.CheckedNow, later.Reused));
    }

    /// <summary>One read: when it ran, and the marks in the state file while it did.</summary>
    private sealed record Read(long Start, long End, IReadOnlyList<UnfinishedCheck> MarksDuring)
    {
        public bool Overlaps(Read other) => Start < other.End && other.Start < End;
    }

    /// <summary>Reads with the real readers after a pause, noting when each read ran and which marks it saw.</summary>
    private sealed class WatchingReader(ScanState state) : IDocumentReader
    {
        private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

        public ConcurrentDictionary<string, Read> Reads { get; } = new(StringComparer.Ordinal);

        public DocChecker Checker => new(new CheckPipelineBuilder { Readers = { this } }.UseDefaults().Build());

        public bool CanRead(SniffedFormat format) => true;

        public ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
        {
            var start = Stopwatch.GetTimestamp();
            Thread.Sleep(Pause);
            var marks = state.Unfinished(EngineInfo.Version, Default);
            try
            {
                var reader = FormatSniffer.Sniff(source.Content) == SniffedFormat.Pdf
                    ? (IDocumentReader)Ingest.Pdf.PdfReader.Instance
                    : Ingest.Docx.DocxReader.Instance;
                return reader.Read(source, cancellationToken);
            }
            finally
            {
                Reads[source.FileName] = new Read(start, Stopwatch.GetTimestamp(), marks);
            }
        }
    }
}
