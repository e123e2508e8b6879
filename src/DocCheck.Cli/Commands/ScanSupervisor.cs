using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Runs <c>doccheck scan</c> in a child process and starts it again if it dies. A file that overflows the stack or
/// gets the process killed for its memory takes the whole process with it, which no <c>catch</c> prevents; the state
/// file keeps every result and names the checks that were in flight, so the next child resumes, checks each of those
/// files alone, and skips only a file whose check died while it ran alone. The user sees one run: the child's stderr
/// is passed through except the runtime's crash dump, which goes to <c>&lt;state&gt;.crash.log</c>, and each death is
/// one line naming its cause and the files in flight.
/// </summary>
internal static class ScanSupervisor
{
    /// <summary>Set for the child to its supervisor's process id, so that it scans instead of supervising again.</summary>
    public const string ChildVariable = "DOCCHECK_SCAN_SUPERVISOR";

    /// <summary>
    /// Set for the child to the instant the run began (round-trip UTC): results stored since then by an earlier child
    /// were checked in this run, not reused from an earlier one.
    /// </summary>
    public const string RunStartedVariable = "DOCCHECK_SCAN_RUN_STARTED";

    /// <summary>
    /// Set for the child to 1 when the supervisor's stderr is a terminal: the child's own stderr is then a pipe to the
    /// supervisor, passed on unchanged, and its progress must still be drawn as on a terminal.
    /// </summary>
    public const string StderrIsTerminalVariable = "DOCCHECK_SCAN_STDERR_IS_TERMINAL";

    // Each restart resumes with at least one more file behind it (a suspect checked alone either passes or is
    // skipped), so this is only a backstop.
    private const int MaxRestarts = 20;

    // Exit codes a scan ends with by itself; anything else (134 abort on stack overflow, 137 SIGKILL…) is a death.
    private static readonly HashSet<int> Endings = [ExitCodes.Clean, ExitCodes.Errors, ExitCodes.Unreadable, ExitCodes.Usage, ExitCodes.Unavailable, ExitCodes.Internal, ScanCommand.Interrupted];

    /// <summary>
    /// Whether this process should supervise: it is the doccheck program itself on its own console (not a host that
    /// called <see cref="Cli.Run"/>, such as a test) and not already the child.
    /// </summary>
    public static bool ShouldSupervise(TextWriter stdout, TextWriter stderr) =>
        !IsChild
        && System.Reflection.Assembly.GetEntryAssembly() == typeof(ScanSupervisor).Assembly
        && ReferenceEquals(stdout, Console.Out) && ReferenceEquals(stderr, Console.Error);

    /// <summary>Whether this process is a scan child started by a supervisor.</summary>
    public static bool IsChild => Environment.GetEnvironmentVariable(ChildVariable) is not null;

    /// <summary>In the child: when the run began, as its supervisor says; null when not a child.</summary>
    public static DateTimeOffset? RunStarted =>
        IsChild && DateTimeOffset.TryParse(Environment.GetEnvironmentVariable(RunStartedVariable), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
            ? started
            : null;

    /// <summary>In the child: whether its stderr, a pipe to the supervisor, really ends on the user's terminal.</summary>
    public static bool StderrIsTerminal => IsChild && Environment.GetEnvironmentVariable(StderrIsTerminalVariable) == "1";

    /// <summary>Runs the scan in a child, again after each death; returns the child's own exit code.</summary>
    public static int Run(IReadOnlyList<string> scanArguments, ScanDeaths deaths, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(deaths);

        // Ctrl+C reaches the child too (same process group); it stops cleanly and its exit code is passed on.
        ConsoleCancelEventHandler ignoreCtrlC = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += ignoreCtrlC;
        Process? child = null;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Stop(child));
        var runStarted = DateTimeOffset.UtcNow;
        try
        {
            for (var restarts = 0; ; restarts++)
            {
                var childStarted = DateTimeOffset.UtcNow;
                using (child = Start(scanArguments, runStarted))
                {
                    var filter = new CrashDumpFilter(stderr);
                    var summary = new StringBuilder();
                    var pumps = new[] { SelfProcess.Pump(child.StandardError, text => filter.Write(text), filter.Complete), SelfProcess.Pump(child.StandardOutput, text => summary.Append(text), () => { }) };
                    child.WaitForExit();
                    Array.ForEach(pumps, p => p.Join());
                    var code = child.ExitCode;
                    if (Endings.Contains(code))
                    {
                        if (filter.Dumping)
                        {
                            // Not a crash after all (a file name that reads like a runtime header): what was held back is ordinary output.
                            stderr.Write(filter.Dump);
                        }

                        // The child's summary, after all of its stderr: written as it came, it could land in the middle of the progress line.
                        stdout.Write(summary.ToString());
                        stdout.Flush();
                        return code;
                    }

                    if (!filter.AtLineStart)
                    {
                        stderr.WriteLine(); // end the progress line the dump cut short
                    }

                    var line = deaths.Describe(code, filter, childStarted);
                    if (restarts == MaxRestarts)
                    {
                        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"审核进程已意外退出 {restarts + 1} 次，停止重试；已审核的结果保存在状态文件中。最后一次：{line}"));
                        return ExitCodes.Internal;
                    }

                    stderr.WriteLine(line);
                }
            }
        }
        finally
        {
            Console.CancelKeyPress -= ignoreCtrlC;
        }
    }

    private static Process Start(IReadOnlyList<string> scanArguments, DateTimeOffset runStarted)
    {
        var start = SelfProcess.StartInfo("scan", scanArguments, redirectStdout: true);
        start.Environment[ChildVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        start.Environment[RunStartedVariable] = runStarted.ToString("O", CultureInfo.InvariantCulture);
        if (!Console.IsErrorRedirected)
        {
            start.Environment[StderrIsTerminalVariable] = "1";
        }

        return Process.Start(start) ?? throw new InvalidOperationException("无法启动审核进程");
    }

    /// <summary>
    /// In the child: stops the scan (as Ctrl+C does, keeping what is done) if the supervisor dies — killed with
    /// SIGKILL it can neither stop its child nor report what it does.
    /// </summary>
    public static void StopWhenSupervisorEnds(CancellationTokenSource cancel)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(ChildVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var supervisorId))
        {
            return;
        }

        Process supervisor;
        try
        {
            supervisor = Process.GetProcessById(supervisorId);
        }
        catch (ArgumentException)
        {
            cancel.Cancel(); // gone already
            return;
        }

        var watch = new Thread(() =>
        {
            using (supervisor)
            {
                supervisor.WaitForExit();
            }

            cancel.Cancel();
        })
        { IsBackground = true, Name = "doccheck-scan-supervisor-watch" };
        watch.Start();
    }

    private static void Stop(Process? child)
    {
        try
        {
            if (child is { HasExited: false })
            {
                child.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
