using System.Collections.Concurrent;
using DocCheck.Jobs.Storage;

namespace DocCheck.Jobs;

/// <summary>
/// A report is checked by one worker at a time. A job can reach two workers — queued again after a restart, or
/// handed out again when a worker stopped answering — so each check first claims its report and lets go at the end.
/// </summary>
public interface ICheckClaims
{
    /// <summary>The claim on a report, or null when another worker holds it.</summary>
    Task<IAsyncDisposable?> TryClaimAsync(long reportId, CancellationToken cancellationToken = default);
}

/// <summary>Claims within one process: the embedded default has a single process checking.</summary>
public sealed class InProcessCheckClaims : ICheckClaims
{
    private readonly ConcurrentDictionary<long, byte> _held = new();

    /// <inheritdoc/>
    public Task<IAsyncDisposable?> TryClaimAsync(long reportId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable?>(_held.TryAdd(reportId, 0) ? new Release(() => _held.TryRemove(reportId, out _)) : null);

    private sealed class Release(Action release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Claims across machines with PostgreSQL session advisory locks: the lock lives as long as the worker's connection,
/// so a worker that is killed mid-check releases its claim the moment the server notices the connection is gone.
/// </summary>
public sealed class PostgreSqlCheckClaims(PostgreSqlDatabase database) : ICheckClaims
{
    // Report claims use the single 64-bit key form, keyed by the report's id (ids are BIGINT); the store's schema lock
    // uses the two 32-bit key form, a separate key space, so no report id can collide with it. Hangfire.PostgreSql
    // takes no advisory locks (its distributed locks are rows in hangfire.lock).

    /// <inheritdoc/>
    public async Task<IAsyncDisposable?> TryClaimAsync(long reportId, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_try_advisory_lock(@report)";
            command.Parameters.AddWithValue("report", reportId);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Claim(connection, reportId);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private sealed class Claim(Npgsql.NpgsqlConnection connection, long reportId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock(@report)";
                command.Parameters.AddWithValue("report", reportId);
                await command.ExecuteScalarAsync().ConfigureAwait(false);
            }
            finally
            {
                // Back to the pool; Npgsql resets the session (DISCARD ALL) — which also drops any lock left behind.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
