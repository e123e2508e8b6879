using System.Globalization;
using DocCheck.Jobs.Storage;

namespace DocCheck.Web.Accounts;

/// <summary>Users and API keys, in the same embedded database as the reports.</summary>
public sealed class AccountStore(SqliteDatabase database)
{
    /// <summary>Creates the tables when missing.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => database.ExecuteAsync(
        """
        CREATE TABLE IF NOT EXISTS users (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            roles TEXT NOT NULL,
            must_change INTEGER NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS api_keys (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            roles TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked INTEGER NOT NULL DEFAULT 0);
        """,
        cancellationToken);

    /// <summary>How many users exist.</summary>
    public async Task<int> CountUsersAsync(CancellationToken cancellationToken = default) =>
        Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM users", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    /// <summary>A user by name, or null.</summary>
    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT name, password_hash, roles, must_change FROM users WHERE name = $name",
            r => new UserAccount(r.GetString(0), r.GetString(1), SplitRoles(r.GetString(2)), r.GetInt32(3) != 0),
            cancellationToken, ("$name", name)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Every user, by name.</summary>
    public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) => database.QueryAsync(
        "SELECT name, password_hash, roles, must_change FROM users ORDER BY name",
        r => new UserAccount(r.GetString(0), r.GetString(1), SplitRoles(r.GetString(2)), r.GetInt32(3) != 0),
        cancellationToken);

    /// <summary>Creates or replaces a user.</summary>
    public Task SaveUserAsync(string name, string password, IEnumerable<string> roles, bool mustChangePassword, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            """
            INSERT INTO users (name, password_hash, roles, must_change, created_at) VALUES ($name, $hash, $roles, $must, $at)
            ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, roles = excluded.roles, must_change = excluded.must_change
            """,
            cancellationToken, ("$name", name), ("$hash", PasswordHashing.Hash(password)), ("$roles", string.Join(',', Roles.Normalize(roles))),
            ("$must", mustChangePassword ? 1 : 0), ("$at", Now()));

    /// <summary>Sets a user's password and clears the must-change mark.</summary>
    public Task ChangePasswordAsync(string name, string password, CancellationToken cancellationToken = default) => database.ExecuteAsync(
        "UPDATE users SET password_hash = $hash, must_change = 0 WHERE name = $name",
        cancellationToken, ("$name", name), ("$hash", PasswordHashing.Hash(password)));

    /// <summary>Deletes a user.</summary>
    public Task DeleteUserAsync(string name, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM users WHERE name = $name", cancellationToken, ("$name", name));

    /// <summary>Creates an API key; returns the key (shown once — only its hash is kept).</summary>
    public async Task<string> CreateApiKeyAsync(string name, IEnumerable<string> roles, string createdBy, string? key = null, CancellationToken cancellationToken = default)
    {
        key ??= "dck_" + PasswordHashing.NewSecret(30);
        await database.ExecuteAsync(
            "INSERT INTO api_keys (name, key_hash, roles, created_by, created_at) VALUES ($name, $hash, $roles, $by, $at) ON CONFLICT (key_hash) DO NOTHING",
            cancellationToken, ("$name", name), ("$hash", PasswordHashing.HashKey(key)), ("$roles", string.Join(',', Roles.Normalize(roles))),
            ("$by", createdBy), ("$at", Now())).ConfigureAwait(false);
        return key;
    }

    /// <summary>The live key with this value, or null.</summary>
    public async Task<ApiKeyAccount?> FindApiKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT id, name, roles, created_by, created_at, revoked FROM api_keys WHERE key_hash = $hash AND revoked = 0",
            ReadKey, cancellationToken, ("$hash", PasswordHashing.HashKey(key))).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Every key (values are never stored).</summary>
    public Task<IReadOnlyList<ApiKeyAccount>> ListApiKeysAsync(CancellationToken cancellationToken = default) =>
        database.QueryAsync("SELECT id, name, roles, created_by, created_at, revoked FROM api_keys ORDER BY id", ReadKey, cancellationToken);

    /// <summary>Revokes a key.</summary>
    public Task RevokeApiKeyAsync(long id, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE api_keys SET revoked = 1 WHERE id = $id", cancellationToken, ("$id", id));

    private static ApiKeyAccount ReadKey(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), SplitRoles(r.GetString(2)), r.GetString(3),
        DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), r.GetInt32(5) != 0);

    private static string[] SplitRoles(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string Now() => DateTimeOffset.UtcNow.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
