using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocCheck.CheckHost;

namespace DocCheck.Jobs.Isolation;

/// <summary>One running check process and its pipes. Not thread-safe: the pool hands it to one job at a time.</summary>
internal sealed class CheckHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _lastErrors = new();
    private long _nextId;

    private CheckHostProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_lastErrors)
            {
                // Keep the tail only: a crash prints its reason last.
                if (_lastErrors.Length > 4000)
                {
                    _lastErrors.Remove(0, _lastErrors.Length - 2000);
                }

                _lastErrors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Whether the process is still alive.</summary>
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

    /// <summary>Starts a check process.</summary>
    public static CheckHostProcess Start(CheckHostOptions options)
    {
        var process = Process.Start(CheckHostLaunch.StartInfo(options)) ?? throw new InvalidOperationException("Could not start the check host.");
        return new CheckHostProcess(process);
    }

    /// <summary>Sends one request and waits for its reply; null when the process died or gave no valid reply.</summary>
    public async Task<CheckReply?> CheckAsync(string filePath, string fileName, string outputDirectory, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = new CheckRequest(id, filePath, fileName, outputDirectory);
        await _process.StandardInput.WriteLineAsync(CheckHostJson.ToLine(request).AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (CheckHostJson.FromLine<CheckReply>(line) is { } reply && reply.Id == id)
            {
                return reply;
            }
        }
    }

    /// <summary>Why the process ended, for the failure reason: its exit code or signal and the last line it printed.</summary>
    public string DescribeExit()
    {
        _process.WaitForExit(2000);
        string code;
        try
        {
            var exit = _process.ExitCode;

            // On Linux a process killed by signal N reports 128 + N.
            code = exit switch
            {
                134 => "SIGABRT，通常是栈溢出",
                137 => "SIGKILL",
                139 => "SIGSEGV",
                _ => "退出码 " + exit.ToString(CultureInfo.InvariantCulture),
            };
        }
        catch (InvalidOperationException)
        {
            code = "状态未知";
        }

        string tail;
        lock (_lastErrors)
        {
            tail = _lastErrors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(l => l.Contains("overflow", StringComparison.OrdinalIgnoreCase) || l.Contains("OutOfMemory", StringComparison.Ordinal)) ?? string.Empty;
        }

        return tail.Length == 0 ? code : $"{code}；{tail}";
    }

    /// <summary>Kills the process (and anything it started).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <inheritdoc/>
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
        catch (IOException)
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already disposed.
        }

        _process.Dispose();
    }
}
