namespace DocCheck.Jobs.Storage;

/// <summary>
/// Uploaded files and rendered views in the shared PostgreSQL database, for installations whose web app and workers
/// run on different machines: each process keeps a local copy in its data directory and fetches what it lacks.
/// Content is addressed by hash, so a copy is never stale and two writers of the same key write the same bytes.
/// </summary>
public sealed class SharedFiles(PostgreSqlDatabase database)
{
    private const string Schema =
        """
        SELECT pg_advisory_xact_lock(20261204);
        CREATE TABLE IF NOT EXISTS stored_files (
            sha256 TEXT PRIMARY KEY,
            content BYTEA NOT NULL);
        CREATE TABLE IF NOT EXISTS stored_views (
            sha256 TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            name TEXT NOT NULL,
            content BYTEA NOT NULL,
            PRIMARY KEY (sha256, engine_version, name));
        """;

    /// <summary>Creates the tables when missing.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => database.ExecuteAsync(Schema, cancellationToken);

    /// <summary>Stores an uploaded file (once per hash).</summary>
    public Task PutFileAsync(string sha256, byte[] content, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "INSERT INTO stored_files (sha256, content) VALUES (@sha, @content) ON CONFLICT (sha256) DO NOTHING",
        cancellationToken, ("@sha", sha256), ("@content", content));

    /// <summary>An uploaded file's bytes, or null.</summary>
    public async Task<byte[]?> GetFileAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("SELECT content FROM stored_files WHERE sha256 = @sha", r => (byte[])r.GetValue(0), cancellationToken, ("@sha", sha256)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Stores every file of a views folder (relative names with forward slashes).</summary>
    public async Task PutViewsAsync(string sha256, string engineVersion, string folder, CancellationToken cancellationToken = default)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            await database.ExecuteAsync(
                "INSERT INTO stored_views (sha256, engine_version, name, content) VALUES (@sha, @engine, @name, @content) ON CONFLICT DO NOTHING",
                cancellationToken, ("@sha", sha256), ("@engine", engineVersion), ("@name", name),
                ("@content", await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
        }
    }

    /// <summary>The stored views of a result: relative name → bytes.</summary>
    public Task<IReadOnlyList<(string Name, byte[] Content)>> GetViewsAsync(string sha256, string engineVersion, CancellationToken cancellationToken = default) =>
        database.QueryAsync(
            "SELECT name, content FROM stored_views WHERE sha256 = @sha AND engine_version = @engine",
            r => (r.GetString(0), (byte[])r.GetValue(1)),
            cancellationToken, ("@sha", sha256), ("@engine", engineVersion));
}
