using System.Data.Common;

namespace DocCheck.Jobs.Storage;

/// <summary>The SQL dialects the stores speak.</summary>
public enum SqlDialect
{
    /// <summary>The embedded default: one SQLite file in the data directory.</summary>
    Sqlite,

    /// <summary>The shared database of a scaled-out installation.</summary>
    PostgreSql,
}

/// <summary>
/// The database under the stores. Statements name their parameters <c>@name</c>, which both SQLite and Npgsql
/// accept, so that every query but the schema is written once.
/// </summary>
public interface IDatabase
{
    /// <summary>Which schema statements to use.</summary>
    SqlDialect Dialect { get; }

    /// <summary>Runs one statement (or, for schema scripts, several).</summary>
    Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters);

    /// <summary>Reads rows with a mapper.</summary>
    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters);

    /// <summary>Reads one value.</summary>
    Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters);
}
