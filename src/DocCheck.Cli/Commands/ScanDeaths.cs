using System.Globalization;
using DocCheck.Bulk;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// What the supervisor says when a scan child dies: one Chinese line naming the cause (from the crash dump and the
/// exit code) and the files whose checks were in flight (from the state file), and, for a developer, an entry in
/// <c>&lt;state&gt;.crash.log</c> with the runtime's dump.
/// </summary>
internal sealed class ScanDeaths(string statePath, string settingsKey, int retriesAfterInterruption)
{
    private const int MaxNamed = 3;

    /// <summary>Where the crash dumps go: beside the state file, so that they are found with it.</summary>
    public string LogPath { get; } = Path.GetFullPath(statePath) + ".crash.log";

    /// <summary>The line for a child that died with <paramref name="exitCode"/>; logs its dump.</summary>
    public string Describe(int exitCode, CrashDumpFilter filter, DateTimeOffset childStarted)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cause = CrashDumpFilter.Cause(exitCode, filter.Dump);
        var inFlight = InFlight(childStarted);
        var logged = Log(exitCode, cause, inFlight, filter);
        var files = Names(inFlight);
        var line = inFlight switch
        {
            [] => $"审核进程意外退出（{cause}），从状态文件继续……",
            [{ AloneChecks: > 0 } alone] when alone.AloneChecks >= retriesAfterInterruption => $"审核进程意外退出（{cause}），单独检查的文件：{files}；该文件已跳过，继续……",
            [{ AloneChecks: > 0 }] => $"审核进程意外退出（{cause}），单独检查的文件：{files}；再单独重试……",
            [_] => $"审核进程意外退出（{cause}），正在检查的文件：{files}；单独重试……",
            _ => $"审核进程意外退出（{cause}），正在检查的文件：{files}；逐个重试……",
        };
        return logged && filter.Dumping ? $"{line}（详情见 {LogPath}）" : line;
    }

    /// <summary>The checks the dead child had begun and not ended; empty when the state file cannot say.</summary>
    private List<UnfinishedCheck> InFlight(DateTimeOffset childStarted)
    {
        if (!File.Exists(statePath))
        {
            return [];
        }

        try
        {
            using var state = ScanState.Open(statePath);

            // Marks begun before this child are older deaths' files that it had not reached yet.
            return [.. state.Unfinished(EngineInfo.Version, settingsKey).Where(c => c.BeganAt >= childStarted)];
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Appends the death and its dump to the crash log; false when the log cannot be written.</summary>
    private bool Log(int exitCode, string cause, List<UnfinishedCheck> inFlight, CrashDumpFilter filter)
    {
        var inFlightNames = inFlight.Count == 0 ? "（无）" : string.Join("、", inFlight.Select(c => c.AloneChecks > 0 ? c.Path + "（单独）" : c.Path));
        var entry = filter.LogEntry(exitCode, cause, "；正在检查：" + inFlightNames);
        try
        {
            File.AppendAllText(LogPath, entry);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Names(List<UnfinishedCheck> inFlight) =>
        string.Join("、", inFlight.Take(MaxNamed).Select(c => c.Path))
        + (inFlight.Count > MaxNamed ? string.Create(CultureInfo.InvariantCulture, $" 等 {inFlight.Count} 个") : string.Empty);
}
