using System.Globalization;
using DocCheck.Jobs.Storage;

namespace DocCheck.Web.Security;

/// <summary>
/// A random id made on a deployment's first start and kept in its database (the data folder's SQLite file, or the
/// shared PostgreSQL database of a scaled-out deployment). It names the deployment to data protection, so a cookie or
/// anti-forgery token made by another DocCheck deployment is worthless here even if both were to see the same keys.
/// </summary>
public sealed class DeploymentIdentity(IDatabase database)
{
    private const string SqliteSchema =
        """
        CREATE TABLE IF NOT EXISTS deployment (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            id TEXT NOT NULL,
            created_at TEXT NOT NULL);
        """;

    private const string PostgreSqlSchema =
        """
        SELECT pg_advisory_xact_lock(20261204, 1);
        CREATE TABLE IF NOT EXISTS deployment (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            id TEXT NOT NULL,
            created_at TEXT NOT NULL);
        """;

    /// <summary>The deployment's id, made when missing (the first of several instances starting at once wins).</summary>
    public async Task<string> GetOrCreateAsync(CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(database.Dialect == SqlDialect.PostgreSql ? PostgreSqlSchema : SqliteSchema, cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync(
            "INSERT INTO deployment (singleton, id, created_at) VALUES (1, @id, @at) ON CONFLICT (singleton) DO NOTHING",
            cancellationToken, ("@id", Guid.NewGuid().ToString("N")), ("@at", DateTimeOffset.UtcNow.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
        return (string)(await database.ScalarAsync("SELECT id FROM deployment WHERE singleton = 1", cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The deployment id was neither found nor created."));
    }
}
