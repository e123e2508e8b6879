using System.Security.Claims;
using System.Text.Encodings.Web;
using DocCheck.Jobs.Accounts;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Accounts;

/// <summary>Signs in integrations by the <c>X-Api-Key</c> header; an address sending too many wrong keys gets 429 for a while.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts, ApiKeyFailureLimiter failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name, also the identity's authentication type.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header carrying the key.</summary>
    public const string Header = "X-Api-Key";

    private TimeSpan? _throttled;

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }

        var address = SignInRateLimitPolicy.ClientAddress(Context);
        if (failures.RetryAfter(address) is { } wait)
        {
            _throttled = wait;
            return AuthenticateResult.Fail("API 密钥错误次数过多。");
        }

        var account = await accounts.FindApiKeyAsync(key, Context.RequestAborted).ConfigureAwait(false);
        if (account is null)
        {
            failures.RecordFailure(address);
            return AuthenticateResult.Fail("API 密钥无效或已吊销。");
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, "api:" + account.Name));
        foreach (var role in account.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_throttled is not { } wait)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        RetryText.SetRetryAfter(Response, wait);
        await Response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Title = "请求过于频繁",
                Detail = $"API 密钥验证失败次数过多，请在 {RetryText.Chinese(wait)}后再试。",
                Status = StatusCodes.Status429TooManyRequests,
            },
            options: null, contentType: "application/problem+json; charset=utf-8", cancellationToken: Context.RequestAborted).ConfigureAwait(false);
    }
}
