using System.Diagnostics;
using System.Globalization;
using DocCheck.CheckHost;
using DocCheck.Jobs.Isolation;

namespace DocCheck.Cli.Fuzzing;

/// <summary>
/// One check process (DocCheck.CheckHost, the web app's check host, spoken to with its own protocol) that the fuzzer
/// keeps warm between inputs. A stack overflow cannot be caught inside .NET, so each input is checked in this child;
/// the fuzzer watches its time and resident memory and reads what it printed when it dies. After anything but a
/// healthy answer the host is thrown away, as the web app's pool does.
/// </summary>
internal sealed class FuzzHost : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly FuzzLimits _limits;
    private readonly StderrCapture _stderr = new();
    private long _nextId;

    private FuzzHost(Process process, FuzzLimits limits)
    {
        _process = process;
        _limits = limits;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _stderr.Add(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public bool IsAlive
    {
        get
        {
            try
            {
                return !_process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Starts a host beside this program (DocCheck.CheckHost.dll is copied next to doccheck.dll).
    /// <paramref name="environment"/> is for tests, which switch on the host's deliberate faults with it.
    /// </summary>
    public static FuzzHost Start(FuzzLimits limits, IReadOnlyDictionary<string, string>? environment = null)
    {
        var options = new CheckHostOptions { MemoryLimitMegabytes = limits.MemoryMegabytes, Environment = environment ?? new Dictionary<string, string>() };
        if (!File.Exists(CheckHostLaunch.HostAssembly(options)))
        {
            throw new FileNotFoundException("找不到审核子进程程序 DocCheck.CheckHost.dll（请先构建 src/DocCheck.Cli）", CheckHostLaunch.HostAssembly(options));
        }

        // The web app's check pool starts its processes the same way: a fuzzed file meets the limits it would meet there.
        var start = CheckHostLaunch.StartInfo(options);

        // A crash dump per finding would fill the disk in a long run; the stack on stderr is what the finding keeps.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动审核子进程");
        return new FuzzHost(process, limits);
    }

    /// <summary>Checks one file and judges the answer.</summary>
    public FuzzOutcome Check(string filePath, string fileName, string outputDirectory)
    {
        _stderr.Clear();
        ProcessMemory.ResetPeak(_process);
        var id = ++_nextId;
        var watch = Stopwatch.StartNew();
        var sampledPeak = 0.0;
        try
        {
            _process.StandardInput.WriteLine(CheckHostJson.ToLine(new CheckRequest(id, filePath, fileName, outputDirectory)));
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            return Died(watch.Elapsed, sampledPeak);
        }

        var pending = _process.StandardOutput.ReadLineAsync();
        while (true)
        {
            if (!pending.Wait(Poll))
            {
                sampledPeak = Math.Max(sampledPeak, ProcessMemory.ResidentMegabytes(_process));
                if (sampledPeak > _limits.MemoryMegabytes)
                {
                    Kill();
                    return Outcome(FuzzVerdict.Memory, string.Create(CultureInfo.InvariantCulture, $"常驻内存超过 {_limits.MemoryMegabytes} MB，已终止"), watch.Elapsed, sampledPeak);
                }

                if (watch.Elapsed > _limits.TimeLimit)
                {
                    Kill();
                    return Outcome(FuzzVerdict.Hung, string.Create(CultureInfo.InvariantCulture, $"超过 {_limits.TimeLimit.TotalSeconds:0} 秒未答复，已终止"), watch.Elapsed, sampledPeak);
                }

                continue;
            }

            if (pending.Result is not { } line)
            {
                return Died(watch.Elapsed, sampledPeak);
            }

            if (CheckHostJson.FromLine<CheckReply>(line) is { } reply && reply.Id == id)
            {
                var peak = Math.Max(sampledPeak, ProcessMemory.PeakMegabytes(_process) ?? 0);
                var (verdict, reason) = Judge(reply, outputDirectory);
                if (verdict == FuzzVerdict.Checked && peak > _limits.MemoryMegabytes)
                {
                    (verdict, reason) = (FuzzVerdict.Memory, string.Create(CultureInfo.InvariantCulture, $"审核完成，但常驻内存峰值 {peak:0} MB 超过 {_limits.MemoryMegabytes} MB"));
                }

                return Outcome(verdict, reason, watch.Elapsed, peak);
            }

            pending = _process.StandardOutput.ReadLineAsync();
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                Kill();
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>A healthy answer is a check or a one-line Chinese reason; the rest are findings.</summary>
    private static (FuzzVerdict Verdict, string Reason) Judge(CheckReply reply, string outputDirectory)
    {
        var reason = reply.Reason ?? string.Empty;
        return reply.Outcome switch
        {
            CheckOutcome.Checked when LeakedFile(outputDirectory) => (FuzzVerdict.Leak, "审核输出含有本地文件 /etc/passwd 的内容"),
            CheckOutcome.Checked => (FuzzVerdict.Checked, string.Empty),
            CheckOutcome.Unreadable when IsOneChineseLine(reason) => (FuzzVerdict.Unreadable, reason),
            CheckOutcome.Unreadable => (FuzzVerdict.BadReason, reason),
            CheckOutcome.Failed when reason.StartsWith("检查所需内存超出上限", StringComparison.Ordinal) => (FuzzVerdict.Memory, reason),
            _ => (FuzzVerdict.InternalError, reason),
        };
    }

    private static bool IsOneChineseLine(string reason) =>
        reason.Length is > 0 and <= 500
        && !reason.Contains('\n', StringComparison.Ordinal) && !reason.Contains('\r', StringComparison.Ordinal)
        && reason.Any(c => c is >= '\u4e00' and <= '\u9fff')
        && !reason.Contains("Exception", StringComparison.Ordinal) && !reason.Contains(" at ", StringComparison.Ordinal);

    // The XML mutators plant an external entity naming /etc/passwd; its first line must never reach a note or a view.
    private static bool LeakedFile(string outputDirectory) =>
        Directory.Exists(outputDirectory)
        && Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("root:x:0:0", StringComparison.Ordinal));

    private FuzzOutcome Died(TimeSpan elapsed, double peak)
    {
        if (_process.WaitForExit(5000))
        {
            // Standard error is read on another thread: the parameterless wait lets it drain the last lines printed.
            _process.WaitForExit();
        }
        else
        {
            Kill();
        }

        string code;
        try
        {
            code = _process.ExitCode switch
            {
                134 => "SIGABRT（退出码 134，通常是栈溢出）",
                137 => "SIGKILL（退出码 137）",
                139 => "SIGSEGV（退出码 139）",
                var other => "退出码 " + other.ToString(CultureInfo.InvariantCulture),
            };
        }
        catch (InvalidOperationException)
        {
            code = "退出状态未知";
        }

        var overflow = _stderr.Lines().Any(l => l.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase));
        return Outcome(FuzzVerdict.Crashed, "审核子进程意外退出：" + code + (overflow ? "；栈溢出" : string.Empty), elapsed, peak);
    }

    private FuzzOutcome Outcome(FuzzVerdict verdict, string reason, TimeSpan elapsed, double peak) =>
        new(verdict, reason, elapsed, peak, verdict.IsFinding() ? _stderr.Lines() : []);

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
