using System.Text.RegularExpressions;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using Microsoft.Data.Sqlite;

namespace DocCheck.Cli.Tests;

/// <summary><c>doccheck admin reset-password</c> on a web app's data folder.</summary>
public sealed partial class AdminCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "doccheck-admin-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ResetPassword_PrintsAOneTimePasswordOnce_ThatMustBeChanged_AndEndsTheSessions()
    {
        var accounts = await AccountsWithAdminAsync();
        var stampBefore = await accounts.FindSecurityStampAsync("admin");

        var run = CliRun.Of("admin", "reset-password", "Admin", "--data", _data);

        Assert.Equal(0, run.ExitCode);
        var password = OneTimePassword().Match(run.Stdout).Groups[1].Value;
        Assert.True(password.Length >= 12, run.Stdout);
        var admin = (await accounts.FindUserAsync("admin"))!;
        Assert.True(PasswordHashing.Verify(password, admin.PasswordHash));
        Assert.False(PasswordHashing.Verify("old-password-1", admin.PasswordHash));
        Assert.True(admin.MustChangePassword);
        Assert.NotEqual(stampBefore, admin.SecurityStamp);
    }

    [Fact]
    public async Task ResetPassword_FromStandardInput_SetsThatPassword_AndPrintsNoSecret()
    {
        var accounts = await AccountsWithAdminAsync();

        var run = CliRun.WithInput("chosen-password-9\n", "admin", "reset-password", "admin", "--password-stdin", "--data", _data);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("chosen-password-9", run.Stdout, StringComparison.Ordinal);
        var admin = (await accounts.FindUserAsync("admin"))!;
        Assert.True(PasswordHashing.Verify("chosen-password-9", admin.PasswordHash));
        Assert.False(admin.MustChangePassword);

        Assert.Equal(64, CliRun.WithInput("short\n", "admin", "reset-password", "admin", "--password-stdin", "--data", _data).ExitCode);
    }

    [Fact]
    public async Task UnknownUser_IsAUsageError_ThatNamesTheUsersThere()
    {
        await AccountsWithAdminAsync();

        var run = CliRun.Of("admin", "reset-password", "nobody", "--data", _data);

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("用户“nobody”不存在。现有用户：admin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithoutADatabase_SaysSo_AndCreatesNothing()
    {
        var run = CliRun.Of("admin", "reset-password", "admin", "--data", _data);

        Assert.Equal(69, run.ExitCode);
        Assert.Contains("没有 DocCheck 数据库", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, SqliteDatabase.FileName)));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin", "reset-password")]
    [InlineData("admin", "delete-user", "bob")]
    public void Mistakes_ExitWithTheUsageCode(params string[] args) => Assert.Equal(64, CliRun.Of(args).ExitCode);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<AccountStore> AccountsWithAdminAsync()
    {
        var accounts = new AccountStore(new SqliteDatabase(_data));
        await accounts.InitializeAsync();
        await accounts.SaveUserAsync("admin", "old-password-1", [Roles.Admin], mustChangePassword: false);
        return accounts;
    }

    [GeneratedRegex("一次性密码：(\\S+)")]
    private static partial Regex OneTimePassword();
}
