using System.Globalization;
using System.Xml.Linq;
using DocCheck.Jobs.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DocCheck.Web.Security;

/// <summary>
/// The data-protection key ring (the keys that encrypt sign-in cookies and anti-forgery tokens) in the deployment's
/// own database: the SQLite file in the data folder, or the PostgreSQL database that every web instance of a
/// scaled-out deployment shares, so a cookie made by one instance is read by the others. Without it the keys would
/// live in the OS user's profile, shared by every DocCheck that user runs. Keys are stored as the key manager writes
/// them (not encrypted again): whoever can read this database can read everything DocCheck holds anyway.
/// </summary>
public sealed class DatabaseKeyRepository(IDatabase database) : IXmlRepository
{
    private const string SqliteSchema =
        """
        CREATE TABLE IF NOT EXISTS data_protection_keys (
            name TEXT PRIMARY KEY,
            xml TEXT NOT NULL,
            created_at TEXT NOT NULL);
        """;

    // Web instances start together: the advisory lock keeps their CREATE statements from racing (two 32-bit keys:
    // DocCheck, this table; the single 64-bit key space is the report claims').
    private const string PostgreSqlSchema =
        """
        SELECT pg_advisory_xact_lock(20261204, 0);
        CREATE TABLE IF NOT EXISTS data_protection_keys (
            name TEXT PRIMARY KEY,
            xml TEXT NOT NULL,
            created_at TEXT NOT NULL);
        """;

    private readonly Lazy<Task> _schema = new(() => database.ExecuteAsync(
        database.Dialect == SqlDialect.PostgreSql ? PostgreSqlSchema : SqliteSchema, CancellationToken.None));

    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements() => Wait(GetAllElementsAsync());

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName) => Wait(StoreElementAsync(element, friendlyName));

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        await _schema.Value.ConfigureAwait(false);
        var rows = await database.QueryAsync("SELECT xml FROM data_protection_keys ORDER BY created_at, name", r => r.GetString(0), CancellationToken.None).ConfigureAwait(false);
        return rows.Select(xml => XElement.Parse(xml)).ToList();
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        await _schema.Value.ConfigureAwait(false);

        // Names are "key-<guid>" or "revocation-<time>"; an element without one still needs a unique row.
        var name = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        await database.ExecuteAsync(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO UPDATE SET xml = excluded.xml",
            CancellationToken.None, ("@name", name), ("@xml", element.ToString(SaveOptions.DisableFormatting)),
            ("@at", DateTimeOffset.UtcNow.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
    }

    // IXmlRepository is synchronous; the key manager calls it rarely (start, key rotation) and never on a thread with a
    // synchronization context, so blocking on the store's asynchronous calls cannot deadlock.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
