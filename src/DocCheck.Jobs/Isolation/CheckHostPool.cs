using System.Collections.Concurrent;
using DocCheck.CheckHost;
using Microsoft.Extensions.Logging;

namespace DocCheck.Jobs.Isolation;

/// <summary>
/// Runs checks in child processes, one check per process at a time, and keeps the processes warm between checks.
/// A parser that hangs or overflows its stack on a hostile file cannot be aborted inside one .NET process, so the
/// unit of containment is the process: a check past its time limit is killed with its process, a process that dies
/// is replaced, and either way only that file fails, with a reason.
/// </summary>
public sealed class CheckHostPool : IDisposable
{
    private readonly CheckHostOptions _options;
    private readonly ILogger<CheckHostPool> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<CheckHostProcess> _idle = [];
    private bool _disposed;

    /// <summary>Creates the pool; processes start on first use.</summary>
    public CheckHostPool(CheckHostOptions options, ILogger<CheckHostPool> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxProcesses));
    }

    /// <summary>Checks one file; the outputs go to <paramref name="outputDirectory"/>.</summary>
    /// <param name="timeLimit">This check's time limit, if not the pool's.</param>
    public async Task<CheckReply> CheckAsync(string filePath, string fileName, string outputDirectory, TimeSpan? timeLimit = null, CancellationToken cancellationToken = default)
    {
        var limit = timeLimit ?? _options.TimeLimit;
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        CheckHostProcess? host = null;
        try
        {
            host = TakeIdle() ?? CheckHostProcess.Start(_options);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            CheckReply? reply;
            try
            {
                reply = await host.CheckAsync(filePath, fileName, outputDirectory, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("Check of {FileName} exceeded {Seconds} s; killing its process", fileName, limit.TotalSeconds);
                host.Kill();
                host.Dispose();
                host = null;
                return new CheckReply(0, CheckOutcome.TimedOut, $"检查超过时间上限（{limit.TotalSeconds:0} 秒）未完成，已终止。");
            }
            catch (IOException)
            {
                reply = null;
            }

            if (reply is null)
            {
                var exit = host.DescribeExit();
                _logger.LogWarning("Check process died while checking {FileName}: {Exit}", fileName, exit);
                host.Dispose();
                host = null;
                return new CheckReply(0, CheckOutcome.Crashed, $"检查进程在处理该文件时异常退出（{exit}），文件可能已损坏或含恶意结构。");
            }

            // After an engine failure (out of memory among them) the process state is not trusted: start afresh.
            if (reply.Outcome == CheckOutcome.Failed || !host.IsAlive)
            {
                host.Dispose();
                host = null;
            }

            return reply;
        }
        catch (OperationCanceledException)
        {
            // The job itself was cancelled (shutdown): the process may be mid-check, so it is not reused.
            host?.Kill();
            host?.Dispose();
            host = null;
            throw;
        }
        finally
        {
            if (host is not null)
            {
                _idle.Add(host);
            }

            _slots.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_idle.TryTake(out var host))
        {
            host.Dispose();
        }

        _slots.Dispose();
    }

    private CheckHostProcess? TakeIdle()
    {
        while (_idle.TryTake(out var host))
        {
            if (host.IsAlive)
            {
                return host;
            }

            host.Dispose();
        }

        return null;
    }
}
