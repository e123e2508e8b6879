using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Accounts;

/// <summary>
/// First start: when no user exists, creates the administrator — with the password from the settings, or with a
/// one-time password printed once to the console, which must be changed at first sign-in.
/// </summary>
public sealed class AdminBootstrap(AccountStore accounts, IOptions<DocCheckOptions> options, ILogger<AdminBootstrap> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await accounts.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var admin = options.Value.Admin;
        if (await accounts.CountUsersAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            if (admin.Password is { Length: > 0 } password)
            {
                await accounts.SaveUserAsync(admin.UserName, password, [Roles.Admin], mustChangePassword: false, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Created administrator {UserName} with the configured password", admin.UserName);
            }
            else
            {
                var oneTime = PasswordHashing.NewSecret(9);
                await accounts.SaveUserAsync(admin.UserName, oneTime, [Roles.Admin], mustChangePassword: true, cancellationToken).ConfigureAwait(false);

                // Printed, not logged: a one-time secret should not end up in log files kept for months.
                Console.WriteLine($"首次启动：已创建管理员“{admin.UserName}”，一次性密码：{oneTime}（首次登录后须修改；此密码不会再次显示）");
            }
        }
        else if (admin.Password is { Length: > 0 } ignored)
        {
            await WarnIfIgnoredAsync(admin.UserName, ignored, cancellationToken).ConfigureAwait(false);
        }

        if (admin.ApiKey is { Length: > 0 } key && await accounts.FindApiKeyAsync(key, cancellationToken).ConfigureAwait(false) is null)
        {
            await accounts.CreateApiKeyAsync("bootstrap", [Roles.Admin], "settings", key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The password setting only creates the first administrator; on existing data it changes nothing (a password
    /// changed on the web page must not be undone by a restart). Said out loud when it differs from the stored one,
    /// since whoever set it expects it to work.
    /// </summary>
    private async Task WarnIfIgnoredAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var existing = await accounts.FindUserAsync(userName, cancellationToken).ConfigureAwait(false);
        if (existing is not null && PasswordHashing.Verify(password, existing.PasswordHash))
        {
            return;
        }

        logger.LogWarning(
            "已有用户数据：设置 DocCheck__Admin__Password 只在首次启动（尚无任何用户）时用于创建管理员，现已忽略，{Situation}。如需重设密码，请在服务器上运行：doccheck admin reset-password {UserName}（数据目录与本应用相同）",
            existing is null ? $"管理员“{userName}”不存在" : $"管理员“{userName}”的密码未改变",
            userName);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
