using System.Collections.Concurrent;
using System.Diagnostics;

namespace DocCheck.Web.Tests.ScaleOut;

/// <summary>A <c>doccheck worker</c> process on the shared database, its output kept for the test to read.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IEnumerable<string> Lines => _lines;

    public static WorkerProcess Start(string connectionString, string dataDirectory, IReadOnlyDictionary<string, string> environment) =>
        Start(["doccheck.dll", "worker", "--postgres", connectionString, "--workers", "1", "--data", dataDirectory], environment);

    /// <summary>Runs <c>dotnet</c> with these arguments (<c>doccheck.dll</c> is the CLI beside the tests) and environment.</summary>
    public static WorkerProcess Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument == "doccheck.dll" ? Path.Combine(AppContext.BaseDirectory, argument) : argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new WorkerProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILL: no shutdown, no cleanup — as when a machine dies.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    public string Output() => string.Join('\n', _lines);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
