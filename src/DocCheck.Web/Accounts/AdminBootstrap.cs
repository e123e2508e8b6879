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

        if (admin.ApiKey is { Length: > 0 } key && await accounts.FindApiKeyAsync(key, cancellationToken).ConfigureAwait(false) is null)
        {
            await accounts.CreateApiKeyAsync("bootstrap", [Roles.Admin], "settings", key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
