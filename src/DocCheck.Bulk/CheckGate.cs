namespace DocCheck.Bulk;

/// <summary>
/// Lets checks run side by side, or one alone: ordinary checks hold the shared side, a suspect (a file that was in
/// flight when a process died) holds the exclusive side, so that if the process dies again during its check, no other
/// check was running and the file alone is to blame. A waiting suspect stops new ordinary checks from starting, so it
/// is not starved by a stream of them.
/// </summary>
internal sealed class CheckGate : IDisposable
{
    // Short waits, so that a cancelled scan does not stay blocked behind a long check.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Waits until no check runs alone; the result, disposed, lets one run alone again.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public IDisposable Shared(CancellationToken cancellationToken)
    {
        while (!_lock.TryEnterReadLock(Poll))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return new Release(_lock.ExitReadLock);
    }

    /// <summary>Waits until no other check runs and keeps others from starting until the result is disposed.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public IDisposable Alone(CancellationToken cancellationToken)
    {
        while (!_lock.TryEnterWriteLock(Poll))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return new Release(_lock.ExitWriteLock);
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    private sealed class Release(Action exit) : IDisposable
    {
        private Action? _exit = exit;

        public void Dispose() => Interlocked.Exchange(ref _exit, null)?.Invoke();
    }
}
