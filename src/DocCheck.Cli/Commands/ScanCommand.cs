using System.Globalization;
using System.Security.Cryptography;
using DocCheck.Bulk;
using DocCheck.Pipeline;
using DocCheck.Review;
using DocCheck.Review.Summary;
using DocCheck.Rules;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck scan &lt;folder|zip&gt; [--out summary.xlsx] [--html summary.html] [--jobs N] [--state &lt;file&gt;]
/// [--settings &lt;file&gt;] [--fresh]</c>: checks every .docx and .pdf of a yearly archive in parallel, resumable from a
/// state file; progress on stderr, a one-screen Chinese summary on stdout, the workbook and HTML summaries on request.
/// </summary>
/// <remarks>
/// Exit codes: 0 every file checked and no report with an error-level finding; 1 every file checked, some reports
/// with error-level findings (退回修改); 2 some files could not be checked (unreadable, internal error, rejected zip
/// entry) or the zip itself cannot be read — 2 wins over 1; 64 usage; 70 internal error (state file or summary not
/// writable); 130 interrupted (Ctrl+C; what was checked stays in the state file).
/// </remarks>
internal static class ScanCommand
{
    public const int Interrupted = 130;

    private const int MaxListed = 10;
    private const int MaxRulesListed = 8;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--out", "--html", "--jobs", "--state", "--settings" }, new HashSet<string> { "--fresh" });
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("scan 需要且只需要一个目录或 .zip 文件");
        }

        var path = arguments.Positional[0];
        if (!Directory.Exists(path) && !(File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UsageException(File.Exists(path) ? $"{path} 不是目录或 .zip 文件；审核单个文件请用 doccheck check" : $"{path} 不存在");
        }

        var jobs = Environment.ProcessorCount;
        if (arguments.Option("--jobs") is { } jobsText && (!int.TryParse(jobsText, CultureInfo.InvariantCulture, out jobs) || jobs < 1 || jobs > 256))
        {
            throw new UsageException($"--jobs 应为 1 到 256 之间的整数，而不是 {jobsText}");
        }

        var (settings, settingsKey) = LoadSettings(arguments.Option("--settings"));
        var xlsx = arguments.Option("--out");
        var html = arguments.Option("--html");
        if (xlsx is not null && !xlsx.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("--out 应为 .xlsx 文件");
        }

        var options = new BulkScanOptions { Jobs = jobs, SettingsKey = settingsKey, Fresh = arguments.Flag("--fresh"), RunStarted = ScanSupervisor.RunStarted };
        var statePath = arguments.Option("--state") ?? ScanInput.DefaultStatePathOf(path);
        if (ScanSupervisor.ShouldSupervise(stdout, stderr))
        {
            return ScanSupervisor.Run(args, new ScanDeaths(statePath, settingsKey, options.RetriesAfterInterruption), stdout, stderr);
        }

        ScanInput input;
        try
        {
            input = ScanInput.Open(path);
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"{Path.GetFileName(path)}: {ex.Message}");
            return ExitCodes.Unreadable;
        }

        using var _ = input;
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl+C stops taking files and keeps what is done; a second one ends the process as usual.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        ScanSupervisor.StopWhenSupervisorEnds(cancel);
        try
        {
            ScanState state;
            try
            {
                state = ScanState.Open(statePath);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(ex.Message.ReplaceLineEndings(" "));
                return ExitCodes.Internal;
            }

            using var __ = state;
            if (InterruptedEarlier(state, options) is { Count: > 0 } interrupted)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"上次运行在检查 {interrupted.Count} 个文件时意外中断（{string.Join("、", interrupted.Take(3))}{(interrupted.Count > 3 ? " 等" : string.Empty)}）；将逐个单独重试，单独检查时仍中断的文件会被跳过。"));
            }

            // Under the supervisor stderr is a pipe that it passes on unchanged, maybe to a terminal.
            var terminal = ReferenceEquals(stderr, Console.Error) && (!Console.IsErrorRedirected || ScanSupervisor.StderrIsTerminal);
            var progress = new ProgressLine(stderr, terminal);
            var scanner = new BulkScanner(CreateChecker(settings), options);
            ScanProgress? last = null;
            BulkScanResult result;
            try
            {
                result = scanner.Scan(input, state, p =>
                {
                    Volatile.Write(ref last, p);
                    progress.Update(p);
                }, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                if (Volatile.Read(ref last) is { } at)
                {
                    progress.Finish(at);
                }

                stderr.WriteLine($"已中断。已审核的结果保存在 {state.Path}，再次运行同一命令即可继续。");
                return Interrupted;
            }

            progress.Finish(new ScanProgress(input.Entries.Count, input.Entries.Count, result.CheckedNow, result.Reused,
                result.Summary.NotChecked.Count(r => r.Status != ScanStatus.Rejected && !r.Reused), result.Elapsed, null));
            var written = new List<string>();
            foreach (var (writer, output, label) in new (ISummaryWriter, string?, string)[] { (XlsxSummaryWriter.Instance, xlsx, "汇总表"), (HtmlSummaryWriter.Instance, html, "网页汇总") })
            {
                if (output is null)
                {
                    continue;
                }

                if (WriteSummary(writer, result.Summary, output) is { } error)
                {
                    stderr.WriteLine(error);
                    return ExitCodes.Internal;
                }

                written.Add($"{label}：{output}");
            }

            WriteReport(stdout, result, state.Path, written);
            return ExitCode(result.Summary);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>
    /// The files an earlier run left in flight that this run will check again alone: not those marks a child of this
    /// same run left (the supervisor has named them already), nor files skipped for dying while checked alone (the
    /// summary lists them).
    /// </summary>
    private static List<string> InterruptedEarlier(ScanState state, BulkScanOptions options)
    {
        var runStarted = options.RunStarted ?? DateTimeOffset.MaxValue;
        return [.. state.Unfinished(EngineInfo.Version, options.SettingsKey)
            .Where(c => !(c.BeganAt >= runStarted) && (options.Fresh || c.AloneChecks < options.RetriesAfterInterruption))
            .Select(c => c.Path)];
    }

    /// <summary>The engine, with the supervisor tests' deliberate faults when a scan child's environment asks for them.</summary>
    private static DocChecker CreateChecker(CheckSettings settings) => ChildTestFaults.FromEnvironment() is { } faults
        ? faults.Wrap(new CheckPipelineBuilder().UseDefaults().UseSettings(settings))
        : DocChecker.Create(settings);

    /// <summary>2 when any file could not be checked, else 1 when any report has an error-level finding, else 0.</summary>
    internal static int ExitCode(ScanSummary summary) =>
        summary.NotChecked.Any() ? ExitCodes.Unreadable
        : summary.CountOf(Verdict.Return) > 0 ? ExitCodes.Errors
        : ExitCodes.Clean;

    internal static void WriteReport(TextWriter stdout, BulkScanResult result, string statePath, IReadOnlyList<string> written)
    {
        var summary = result.Summary;
        var inv = CultureInfo.InvariantCulture;
        var files = summary.Reports.Length;
        var worked = result.CheckedNow + summary.NotChecked.Count(r => !r.Reused && r.Status != ScanStatus.Rejected);
        var rate = worked > 0 && result.Elapsed.TotalSeconds > 0 ? string.Create(inv, $"，{worked / result.Elapsed.TotalSeconds:0.0} 份/秒") : string.Empty;
        stdout.WriteLine(string.Create(inv, $"批量审核完成：{summary.Source}，{files} 个文件，用时 {Elapsed(result.Elapsed)}{rate}"));
        stdout.WriteLine(string.Create(inv, $"  本次审核 {result.CheckedNow} 份，沿用已有结果 {result.Reused} 份（状态文件 {statePath}）"));
        if (result.Ignored > 0)
        {
            stdout.WriteLine(string.Create(inv, $"  另有 {result.Ignored} 个非 .docx/.pdf 文件未处理"));
        }

        var notChecked = summary.NotChecked.ToList();
        stdout.WriteLine(string.Create(inv,
            $"结论：通过 {summary.CountOf(Verdict.Pass)} · 建议完善 {summary.CountOf(Verdict.Improve)} · 退回修改 {summary.CountOf(Verdict.Return)} · 未能审核 {notChecked.Count}"));
        if (notChecked.Count > 0)
        {
            stdout.WriteLine(string.Create(inv, $"未能审核的文件（{notChecked.Count}）："));
            foreach (var file in notChecked.Take(MaxListed))
            {
                stdout.WriteLine($"  {file.Path} — {file.Status.ToChinese()}：{file.Reason}");
            }

            if (notChecked.Count > MaxListed)
            {
                stdout.WriteLine(string.Create(inv, $"  ……另有 {notChecked.Count - MaxListed} 个，见汇总表"));
            }
        }

        var tallies = summary.RuleTallies();
        if (tallies.Count > 0)
        {
            stdout.WriteLine("发现最多的规则：");
            foreach (var tally in tallies.Take(MaxRulesListed))
            {
                stdout.WriteLine(string.Create(inv, $"  {tally.Findings,5} 项 / {tally.Reports,4} 份  {tally.RuleId,-34} {tally.Title}"));
            }
        }

        foreach (var line in written)
        {
            stdout.WriteLine(line);
        }

        stdout.Flush();
    }

    private static string Elapsed(TimeSpan time) => time.TotalMinutes < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.0} 秒")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} 分 {time.Seconds} 秒");

    /// <summary>Writes one summary file; the one-line reason when it cannot be written.</summary>
    private static string? WriteSummary(ISummaryWriter writer, ScanSummary summary, string path)
    {
        try
        {
            using var buffer = new MemoryStream();
            writer.Write(summary, buffer);
            File.WriteAllBytes(path, buffer.ToArray());
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"无法写入 {path}：{ex.Message.ReplaceLineEndings(" ")}";
        }
    }

    private static (CheckSettings Settings, string Key) LoadSettings(string? path)
    {
        if (path is null)
        {
            return (CheckSettings.Default, "default");
        }

        try
        {
            var settings = SettingsFile.Load(path);
            return (settings, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
