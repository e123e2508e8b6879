using System.Diagnostics;
using System.IO.Compression;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests;

/// <summary>doccheck scan end to end: summary on stdout, summaries written, exit codes, resume.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-scan-cli-").FullName;

    public ScanCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "in"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, "in", name);

    private void Copy(string corpusName) => File.Copy(Path.Combine(RepoPaths.Corpus, "docx", corpusName + ".docx"), In(corpusName + ".docx"));

    [Fact]
    public void CleanReportsOnly_ExitZero()
    {
        Copy("r01-school-renovation-2022");
        var run = CliRun.Of("scan", Path.Combine(_folder, "in"), "--jobs", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("结论：通过 1 · 建议完善 0 · 退回修改 0 · 未能审核 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[1/1]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorFindings_ExitOne_UnreadableFileWinsWithTwo_AndSecondRunReusesAll()
    {
        Copy("r01-school-renovation-2022");
        Copy("r02-farmland-subsidy-selfeval-2023");
        var xlsx = Path.Combine(_folder, "汇总.xlsx");
        var html = Path.Combine(_folder, "汇总.html");
        var first = CliRun.Of("scan", Path.Combine(_folder, "in"), "--out", xlsx, "--html", html);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("本次审核 2 份，沿用已有结果 0 份", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("rate.mismatch", first.Stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);

        File.WriteAllBytes(In("broken.docx"), BadFiles.Truncated(File.ReadAllBytes(In("r01-school-renovation-2022.docx"))));
        var second = CliRun.Of("scan", Path.Combine(_folder, "in"));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("本次审核 0 份，沿用已有结果 2 份", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.docx — 无法读取：", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanProcessKilledMidRun_IsStartedAgain_RetriesTheFileInFlight_AndFinishesTheArchive()
    {
        var stderr = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var (supervisor, state) = await StartScanOfCorpusPdfsAsync(stderr);
        using var _ = supervisor;

        // The process that scans is the supervisor's child; it dies as under the OOM killer, mid-run.
        var scanning = ChildrenOf(supervisor.Id).Single();
        Process.GetProcessById(scanning).Kill();

        Assert.True(supervisor.WaitForExit(120_000), "the scan did not finish");
        supervisor.WaitForExit();
        var messages = string.Join("\n", stderr);
        Assert.Contains("审核进程意外退出（退出码 137），从状态文件继续", messages, StringComparison.Ordinal);
        Assert.Contains("意外中断", messages, StringComparison.Ordinal);
        Assert.Contains(supervisor.ExitCode, new[] { 0, 1 }); // every file checked: the one in flight was innocent
        Assert.Equal(Directory.GetFiles(Path.Combine(_folder, "in")).Length, StoredResults(state));
    }

    [Fact]
    public async Task SupervisorKilled_ItsScanStopsByItself_KeepingWhatIsDone()
    {
        var (supervisor, state) = await StartScanOfCorpusPdfsAsync(new System.Collections.Concurrent.ConcurrentQueue<string>());
        using var _ = supervisor;
        using var scanning = Process.GetProcessById(ChildrenOf(supervisor.Id).Single());

        supervisor.Kill(); // SIGKILL: it cannot pass anything on to its child
        Assert.True(scanning.WaitForExit(30_000), "the orphaned scan kept running");
        Assert.InRange(StoredResults(state), 1, Directory.GetFiles(Path.Combine(_folder, "in")).Length);
    }

    /// <summary>
    /// Starts the real <c>doccheck scan</c> (supervisor and child) on every corpus PDF, one job, and returns once it has
    /// stored its first result, so that a kill lands mid-run.
    /// </summary>
    private async Task<(Process Supervisor, string State)> StartScanOfCorpusPdfsAsync(System.Collections.Concurrent.ConcurrentQueue<string> stderr)
    {
        foreach (var pdf in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "pdf"), "*.pdf", SearchOption.AllDirectories))
        {
            File.Copy(pdf, In(Path.GetFileName(Path.GetDirectoryName(pdf)) + "-" + Path.GetFileName(pdf)));
        }

        var state = Path.Combine(_folder, "state.sqlite");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), "scan", Path.Combine(_folder, "in"), "--jobs", "1", "--state", state })
        {
            start.ArgumentList.Add(argument);
        }

        var supervisor = Process.Start(start)!;
        supervisor.OutputDataReceived += (_, _) => { };
        supervisor.ErrorDataReceived += (_, e) => stderr.Enqueue(e.Data ?? string.Empty);
        supervisor.BeginOutputReadLine();
        supervisor.BeginErrorReadLine();
        await WaitUntilAsync(() => StoredResults(state) >= 1);
        return (supervisor, state);
    }

    private static List<int> ChildrenOf(int processId) =>
        Directory.GetDirectories($"/proc/{processId}/task")
            .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }

    private static long StoredResults(string state)
    {
        if (!File.Exists(state))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={state};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM results";
            return (long)command.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet
        }
    }

    [Fact]
    public void ZipWithEscapingEntry_ExitTwo_AndListsIt()
    {
        var zip = Path.Combine(_folder, "archive.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx"), "../evil.docx");
            archive.CreateEntryFromFile(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx"), "ok/r01.docx");
        }

        var run = CliRun.Of("scan", zip, "--state", Path.Combine(_folder, "state.sqlite"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("../evil.docx — 已拒绝", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "state.sqlite")));
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "many")]
    [InlineData("--out", "summary.csv")]
    public void BadOptions_AreUsageErrors(string option, string value)
    {
        var run = CliRun.Of("scan", Path.Combine(_folder, "in"), option, value);
        Assert.Equal(64, run.ExitCode);
    }

    [Fact]
    public void SingleReport_IsAUsageError_PointingToCheck()
    {
        Copy("r01-school-renovation-2022");
        var run = CliRun.Of("scan", In("r01-school-renovation-2022.docx"));
        Assert.Equal(64, run.ExitCode);
        Assert.Contains("doccheck check", run.Stderr, StringComparison.Ordinal);
    }
}
