using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
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
        var stdout = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var (supervisor, state) = await StartScanOfCorpusPdfsAsync(stderr, stdout);
        using var _ = supervisor;

        // The process that scans is the supervisor's child; it dies as under the OOM killer, mid-run.
        var scanning = ChildrenOf(supervisor.Id).Single();
        Process.GetProcessById(scanning).Kill();

        Assert.True(supervisor.WaitForExit(120_000), "the scan did not finish");
        supervisor.WaitForExit();
        var messages = string.Join("\n", stderr);
        var files = Directory.GetFiles(Path.Combine(_folder, "in")).Length;
        Assert.Matches("审核进程意外退出（可能内存不足，被系统终止），正在检查的文件：[^；]+\\.pdf；单独重试……", messages);
        Assert.Single(Regex.Matches(messages, "意外")); // one line for the death, none from the next child
        Assert.Contains(supervisor.ExitCode, new[] { 0, 1 }); // every file checked: the one in flight was innocent
        Assert.Equal(files, StoredResults(state));

        // What the first child stored was checked in this run: nothing counts as reused on a brand-new state file.
        Assert.Contains($"本次审核 {files} 份，沿用已有结果 0 份", string.Join("\n", stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatCrashesTheScan_IsTheOnlyOneListed_NoStackTraceReachesTheUser_AndARerunChecksNothing()
    {
        // Four good reports; a-crash overflows the stack two seconds after its check starts, while b-slow (five
        // seconds) is surely in flight beside it.
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx"), In("a-crash.docx"));
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r02-farmland-subsidy-selfeval-2023.docx"), In("b-slow.docx"));
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r03-gov-cloud-ops-2021.docx"), In("c.docx"));
        File.Copy(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", "r05-rural-roads-2020.pdf"), In("d.pdf"));
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r04-public-health-selfeval-2022.docx"), In("e.docx"));
        var faults = new Dictionary<string, string> { ["DOCCHECK_TEST_FAULTS"] = "overflow:a-crash.docx;slow:b-slow.docx" };
        var state = Path.Combine(_folder, "state.sqlite");

        var run = DoccheckProcess.Run(faults, "scan", Path.Combine(_folder, "in"), "--jobs", "2", "--state", state);
        Assert.Equal(2, run.ExitCode);
        AssertNoCrashDump(run.Stderr);
        Assert.Contains("审核进程意外退出（栈溢出），正在检查的文件：a-crash.docx、b-slow.docx；逐个重试……", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("审核进程意外退出（栈溢出），单独检查的文件：a-crash.docx；该文件已跳过，继续……", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(run.Stderr, "意外"));

        Assert.Contains("本次审核 4 份，沿用已有结果 0 份", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("未能审核的文件（1）：", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("a-crash.docx — 内部错误：单独检查此文件时审核进程意外退出（可能触发了程序缺陷或耗尽内存），已跳过；排查后用 --fresh 重新检查。", run.Stdout, StringComparison.Ordinal);

        // Every healthy file has its real result, b-slow included: the same as a scan of them alone, in this process.
        var control = Path.Combine(_folder, "control");
        Directory.CreateDirectory(control);
        foreach (var healthy in new[] { "b-slow.docx", "c.docx", "d.pdf", "e.docx" })
        {
            File.Copy(In(healthy), Path.Combine(control, healthy));
        }

        var expected = CliRun.Of("scan", control, "--state", Path.Combine(_folder, "control.sqlite"));
        Assert.Equal(Findings(expected.Stdout), Findings(run.Stdout));

        // The developer's copy of the dumps.
        var log = File.ReadAllText(state + ".crash.log");
        Assert.Equal(2, Regex.Count(log, "^==== ", RegexOptions.Multiline));
        Assert.Contains("Stack overflow.", log, StringComparison.Ordinal);
        Assert.Contains("   at ", log, StringComparison.Ordinal);

        // Nothing is checked again, and the crashing file is not tried until --fresh.
        var again = DoccheckProcess.Run(faults, "scan", Path.Combine(_folder, "in"), "--jobs", "2", "--state", state);
        Assert.Equal(2, again.ExitCode);
        Assert.DoesNotContain("意外", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("本次审核 0 份，沿用已有结果 4 份", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("a-crash.docx — 内部错误：单独检查此文件时", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatFailsFast_OneJob_IsRetriedAloneOnce_ThenSkipped_WithOneLinePerDeath()
    {
        Copy("r01-school-renovation-2022");
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r03-gov-cloud-ops-2021.docx"), In("z-failfast.docx"));
        var faults = new Dictionary<string, string> { ["DOCCHECK_TEST_FAULTS"] = "failfast:z-failfast.docx" };

        var run = DoccheckProcess.Run(faults, "scan", Path.Combine(_folder, "in"), "--jobs", "1");
        Assert.Equal(2, run.ExitCode);
        AssertNoCrashDump(run.Stderr);

        // With one job its first check was not alone (a death then says nothing about the file), the second was.
        Assert.Matches("审核进程意外退出（退出码 \\d+），正在检查的文件：z-failfast.docx；单独重试……", run.Stderr);
        Assert.Matches("审核进程意外退出（退出码 \\d+），单独检查的文件：z-failfast.docx；该文件已跳过，继续……", run.Stderr);
        Assert.Equal(2, Regex.Count(run.Stderr, "意外"));
        Assert.Contains("结论：通过 1 · 建议完善 0 · 退回修改 0 · 未能审核 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Process terminated.", File.ReadAllText(Path.Combine(_folder, "in", ".doccheck-scan.sqlite.crash.log")), StringComparison.Ordinal);
    }

    [Fact]
    public void OnATerminal_TheChildsProgressIsStillRedrawnInPlace()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Skip("script (util-linux) is not installed: no pseudo-terminal to run doccheck on");
        }

        Copy("r01-school-renovation-2022");

        // script gives the supervisor a terminal; its child's stderr is a pipe to it.
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), "scan", Path.Combine(_folder, "in"), "--jobs", "1" }.Select(a => "'" + a + "'"));
        var run = DoccheckProcess.RunProgram("/usr/bin/script", new Dictionary<string, string>(), "-qec", command, "/dev/null");
        Assert.Equal(0, run.ExitCode);

        // Redrawn: the final line overwrites the first with \r. Plain lines would each end in a line break.
        Assert.Contains("\r[1/1] 100.0 %", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\n[1/1]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("结论：通过 1", run.Stdout, StringComparison.Ordinal);
    }

    private static void AssertNoCrashDump(string stderr)
    {
        Assert.DoesNotContain(stderr.Split('\n', '\r'), line => line.StartsWith("   at ", StringComparison.Ordinal));
        foreach (var header in new[] { "Stack overflow", "Unhandled exception", "Fatal error", "Process terminated", "Repeat" })
        {
            Assert.DoesNotContain(header, stderr, StringComparison.Ordinal);
        }
    }

    /// <summary>The verdict counts and the rule tallies of a scan summary: what the reports were found to be.</summary>
    private static string Findings(string stdout)
    {
        var verdicts = Regex.Match(stdout, "结论：通过 \\d+ · 建议完善 \\d+ · 退回修改 \\d+").Value;
        Assert.NotEmpty(verdicts);
        var rules = stdout[stdout.IndexOf("发现最多的规则：", StringComparison.Ordinal)..];
        return verdicts + "\n" + rules;
    }

    [Fact]
    public async Task SupervisorKilled_ItsScanStopsByItself_KeepingWhatIsDone()
    {
        var (supervisor, state) = await StartScanOfCorpusPdfsAsync(new System.Collections.Concurrent.ConcurrentQueue<string>(), null);
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
    private async Task<(Process Supervisor, string State)> StartScanOfCorpusPdfsAsync(
        System.Collections.Concurrent.ConcurrentQueue<string> stderr, System.Collections.Concurrent.ConcurrentQueue<string>? stdout = null)
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
        supervisor.OutputDataReceived += (_, e) => stdout?.Enqueue(e.Data ?? string.Empty);
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
