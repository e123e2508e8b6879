using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Runs <c>doccheck check</c> in a child process, so that a file which takes the process down (a stack overflow in a
/// parser, the OOM killer) ends in one line naming the file and the cause instead of the runtime's dump of thousands
/// of stack frames. The child's stdout is the user's own (the note streams straight through); its stderr passes
/// through a <see cref="CrashDumpFilter"/>, and a dump goes to a log file in the temporary folder for a bug report.
/// </summary>
/// <remarks>
/// The price is one more process start, about a tenth of a second; the engine itself starts only in the child.
/// Hosts that call <see cref="Cli.Run"/> (tests, benchmarks) check in their own process, as before.
/// </remarks>
internal static class CheckSupervisor
{
    /// <summary>Set for the child, so that it checks instead of supervising again.</summary>
    public const string ChildVariable = "DOCCHECK_CHECK_SUPERVISOR";

    // Exit codes check ends with by itself; anything else (134 abort on stack overflow, 137 SIGKILL…) is a death.
    private static readonly HashSet<int> Endings = [ExitCodes.Clean, ExitCodes.Errors, ExitCodes.Unreadable, ExitCodes.Usage, ExitCodes.Unavailable, ExitCodes.Internal];

    /// <summary>Whether this process is a check child started by a supervisor.</summary>
    public static bool IsChild => Environment.GetEnvironmentVariable(ChildVariable) is not null;

    /// <summary>Whether this process should supervise: the doccheck program itself on its own console, not the child.</summary>
    public static bool ShouldSupervise(TextWriter stdout, TextWriter stderr) =>
        !IsChild
        && System.Reflection.Assembly.GetEntryAssembly() == typeof(CheckSupervisor).Assembly
        && ReferenceEquals(stdout, Console.Out) && ReferenceEquals(stderr, Console.Error);

    /// <summary>Checks <paramref name="path"/> in a child; returns its exit code, or 70 with one line if it died.</summary>
    public static int Run(IReadOnlyList<string> checkArguments, string path, TextWriter stderr)
    {
        // Ctrl+C reaches the child too (same process group); its exit is passed on.
        ConsoleCancelEventHandler ignoreCtrlC = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += ignoreCtrlC;
        Process? child = null;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Stop(child));
        try
        {
            var start = SelfProcess.StartInfo("check", checkArguments, redirectStdout: false);
            start.Environment[ChildVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            using (child = Process.Start(start) ?? throw new InvalidOperationException("无法启动审核进程"))
            {
                var filter = new CrashDumpFilter(stderr);
                var pump = SelfProcess.Pump(child.StandardError, text => filter.Write(text), filter.Complete);
                child.WaitForExit();
                pump.Join();
                var code = child.ExitCode;
                if (Endings.Contains(code))
                {
                    if (filter.Dumping)
                    {
                        stderr.Write(filter.Dump); // a message that only read like a runtime header
                    }

                    return code;
                }

                if (!filter.AtLineStart)
                {
                    stderr.WriteLine();
                }

                var cause = CrashDumpFilter.Cause(code, filter.Dump);
                var log = filter.Dumping ? Log(path, code, cause, filter) : null;
                stderr.WriteLine($"{Path.GetFileName(path)}: 审核进程意外退出（{cause}），未能审核该文件" + (log is null ? "。" : $"；详情见 {log}，请连同该文件报告此问题。"));
                return ExitCodes.Internal;
            }
        }
        finally
        {
            Console.CancelKeyPress -= ignoreCtrlC;
        }
    }

    /// <summary>Writes the dump to a new file in the temporary folder; null when it cannot be written.</summary>
    private static string? Log(string path, int exitCode, string cause, CrashDumpFilter filter)
    {
        var log = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"doccheck-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log"));
        var entry = filter.LogEntry(exitCode, cause, "：" + Path.GetFullPath(path));
        try
        {
            File.WriteAllText(log, entry);
            return log;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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
