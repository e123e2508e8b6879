using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using Microsoft.Data.Sqlite;

namespace DocCheck.Web.Tests.Storage;

/// <summary>Security stamps in the account store: given to users of old data folders, replaced by every change that must end sessions.</summary>
public sealed class AccountStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "doccheck-accounts-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DataFolderFromBeforeStamps_GetsAStampPerUser_AndKeepsTheirPasswords()
    {
        Directory.CreateDirectory(_data);
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(_data, SqliteDatabase.FileName)};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText =
                $"""
                CREATE TABLE users (name TEXT PRIMARY KEY COLLATE NOCASE, password_hash TEXT NOT NULL, roles TEXT NOT NULL,
                    must_change INTEGER NOT NULL, created_at TEXT NOT NULL);
                INSERT INTO users VALUES ('alice', '{PasswordHashing.Hash("alice-password")}', 'reviewer', 0, '2025-01-01T00:00:00Z');
                INSERT INTO users VALUES ('bob', '{PasswordHashing.Hash("bob-password")}', 'checker', 0, '2025-01-01T00:00:00Z');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var accounts = new AccountStore(new SqliteDatabase(_data));
        await accounts.InitializeAsync();
        await accounts.InitializeAsync(); // a second start changes nothing

        var users = await accounts.ListUsersAsync();
        Assert.All(users, u => Assert.True(u.SecurityStamp.Length >= 16));
        Assert.NotEqual(users[0].SecurityStamp, users[1].SecurityStamp);
        Assert.True(PasswordHashing.Verify("alice-password", users[0].PasswordHash));
    }

    [Fact]
    public async Task EveryChangeThatEndsSessions_ReplacesTheStamp()
    {
        var accounts = new AccountStore(new SqliteDatabase(_data));
        await accounts.InitializeAsync();
        await accounts.SaveUserAsync("Alice", "alice-password", [Roles.Reviewer], mustChangePassword: false);
        var stamps = new List<string?> { await accounts.FindSecurityStampAsync("alice") };

        await accounts.SaveUserAsync("alice", "alice-password", [Roles.Checker], mustChangePassword: false);
        stamps.Add(await accounts.FindSecurityStampAsync("ALICE"));
        stamps.Add(await accounts.ChangePasswordAsync("alice", "new-password"));
        Assert.Equal(stamps[^1], await accounts.FindSecurityStampAsync("alice"));
        stamps.Add(await accounts.RenewSecurityStampAsync("alice"));

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Null(await accounts.ChangePasswordAsync("nobody", "new-password"));
        await accounts.DeleteUserAsync("alice");
        Assert.Null(await accounts.FindSecurityStampAsync("alice"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
