using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Runs <c>doccheck scan</c> in a child process and starts it again if it dies. A file that overflows the stack or
/// gets the process killed for its memory takes the whole process with it, which no <c>catch</c> prevents; the state
/// file keeps every result and names the checks that were in flight, so the next child resumes, tries those files
/// once more, and skips a file that brought a child down twice. The user sees one run.
/// </summary>
internal static class ScanSupervisor
{
    /// <summary>Set for the child to its supervisor's process id, so that it scans instead of supervising again.</summary>
    public const string ChildVariable = "DOCCHECK_SCAN_SUPERVISOR";

    // Each restart resumes with at least one more file behind it (a file gets two tries), so this is only a backstop.
    private const int MaxRestarts = 20;

    // Exit codes a scan ends with by itself; anything else (134 abort on stack overflow, 137 SIGKILL…) is a death.
    private static readonly HashSet<int> Endings = [ExitCodes.Clean, ExitCodes.Errors, ExitCodes.Unreadable, ExitCodes.Usage, ExitCodes.Unavailable, ExitCodes.Internal, ScanCommand.Interrupted];

    /// <summary>
    /// Whether this process should supervise: it is the doccheck program itself on its own console (not a host that
    /// called <see cref="Cli.Run"/>, such as a test) and not already the child.
    /// </summary>
    public static bool ShouldSupervise(TextWriter stdout, TextWriter stderr) =>
        Environment.GetEnvironmentVariable(ChildVariable) is null
        && System.Reflection.Assembly.GetEntryAssembly() == typeof(ScanSupervisor).Assembly
        && ReferenceEquals(stdout, Console.Out) && ReferenceEquals(stderr, Console.Error);

    /// <summary>Runs the scan in a child, again after each death; returns the child's own exit code.</summary>
    public static int Run(IReadOnlyList<string> scanArguments, TextWriter stderr)
    {
        // Ctrl+C reaches the child too (same process group); it stops cleanly and its exit code is passed on.
        ConsoleCancelEventHandler ignoreCtrlC = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += ignoreCtrlC;
        Process? child = null;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Stop(child));
        try
        {
            for (var restarts = 0; ; restarts++)
            {
                using (child = Start(scanArguments))
                {
                    child.WaitForExit();
                    var code = child.ExitCode;
                    if (Endings.Contains(code))
                    {
                        return code;
                    }

                    if (restarts == MaxRestarts)
                    {
                        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"审核进程已意外退出 {restarts + 1} 次（退出码 {code}），停止重试；已审核的结果保存在状态文件中。"));
                        return ExitCodes.Internal;
                    }

                    stderr.WriteLine();
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"审核进程意外退出（退出码 {code}），从状态文件继续……"));
                }
            }
        }
        finally
        {
            Console.CancelKeyPress -= ignoreCtrlC;
        }
    }

    private static Process Start(IReadOnlyList<string> scanArguments)
    {
        // The same program the user started: the apphost (doccheck) or dotnet with doccheck.dll.
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScanSupervisor).Assembly.Location);
        }

        start.ArgumentList.Add("scan");
        foreach (var argument in scanArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[ChildVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
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
