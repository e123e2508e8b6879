using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck admin reset-password &lt;user&gt; [--password-stdin] [--data &lt;folder&gt;] [--postgres &lt;connection string&gt;]</c>:
/// the way back for an administrator who lost the one-time password (or any user who forgot theirs). It works on the
/// web app's own database — found from the same settings (<c>DOCCHECK_DATA</c>, <c>DocCheck__PostgreSql</c>) — and
/// may run while the web app runs: the user's sessions end at their next request.
/// </summary>
internal static class AdminCommand
{
    private const int MinPasswordLength = 8;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--data", "--postgres" }, new HashSet<string> { "--password-stdin" });
        if (arguments.Positional is not ["reset-password", var userName])
        {
            throw new UsageException("用法：doccheck admin reset-password <用户名> [--password-stdin] [--data <数据目录>] [--postgres <连接字符串>]");
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(Overrides(arguments))
            .Build();
        using var services = new ServiceCollection().AddDocCheckJobs(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<DocCheckOptions>>().Value;
        if (!options.UsesPostgreSql && !File.Exists(Path.Combine(options.DataDirectory, SqliteDatabase.FileName)))
        {
            stderr.WriteLine($"数据目录 {options.DataDirectory} 中没有 DocCheck 数据库：请用 --data 或环境变量 DOCCHECK_DATA 指定 Web 应用的数据目录。");
            return ExitCodes.Unavailable;
        }

        return ResetAsync(services.GetRequiredService<IDatabase>(), userName.Trim(), arguments.Flag("--password-stdin") ? stdin : null, stdout, stderr)
            .GetAwaiter().GetResult();
    }

    private static async Task<int> ResetAsync(IDatabase database, string userName, Func<TextReader>? passwordInput, TextWriter stdout, TextWriter stderr)
    {
        var accounts = new AccountStore(database);
        await accounts.InitializeAsync().ConfigureAwait(false);
        if (await accounts.FindUserAsync(userName).ConfigureAwait(false) is null)
        {
            var users = await accounts.ListUsersAsync().ConfigureAwait(false);
            stderr.WriteLine($"用户“{userName}”不存在。现有用户：{(users.Count == 0 ? "无" : string.Join("、", users.Select(u => u.Name)))}");
            return ExitCodes.Usage;
        }

        if (passwordInput is not null)
        {
            // Read, never taken from the command line: arguments are visible to every user of the machine (ps) and kept in shell history.
            var password = passwordInput().ReadLine()?.TrimEnd('\r') ?? string.Empty;
            if (password.Length < MinPasswordLength)
            {
                stderr.WriteLine($"密码至少 {MinPasswordLength} 位（从标准输入读取一行）。");
                return ExitCodes.Usage;
            }

            await accounts.ChangePasswordAsync(userName, password, mustChangePassword: false).ConfigureAwait(false);
            stdout.WriteLine($"已为用户“{userName}”设置新密码；该用户已登录的会话全部失效。");
            return ExitCodes.Clean;
        }

        var oneTime = PasswordHashing.NewSecret(9);
        await accounts.ChangePasswordAsync(userName, oneTime, mustChangePassword: true).ConfigureAwait(false);
        stdout.WriteLine($"已重设用户“{userName}”的密码。一次性密码：{oneTime}");
        stdout.WriteLine("（登录后须立即修改；此密码不会再次显示。该用户已登录的会话全部失效。若该用户因多次输错而被暂时锁定，锁定到期或 Web 应用重启后即可登录。）");
        return ExitCodes.Clean;
    }

    private static Dictionary<string, string?> Overrides(Arguments arguments)
    {
        var overrides = new Dictionary<string, string?>();
        if (arguments.Option("--data") is { } data)
        {
            overrides[DocCheckOptions.DataEnvironmentVariable] = data;
        }

        if (arguments.Option("--postgres") is { } postgres)
        {
            overrides[DocCheckOptions.Section + ":" + nameof(DocCheckOptions.PostgreSql)] = postgres;
        }

        return overrides;
    }
}
