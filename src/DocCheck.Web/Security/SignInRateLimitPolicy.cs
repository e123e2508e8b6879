using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Security;

/// <summary>
/// The rate limiter's policy for the sign-in page: at most <see cref="SignInThrottleOptions.AttemptsPerAddressPerMinute"/>
/// form posts per client address and minute, whichever names they try (showing the form is not limited). It slows a
/// password spray over many names, which the per-name lockout does not see.
/// </summary>
public sealed class SignInRateLimitPolicy(IOptions<SignInThrottleOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name.</summary>
    public const string Name = "sign-in";

    /// <inheritdoc/>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        RetryText.SetRetryAfter(response, wait);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8" /><title>请稍后再试 · DocCheck</title></head>
            <body><p role="alert">登录尝试过于频繁，请在 {RetryText.Chinese(wait)}后再试。</p><p><a href="/account/login">返回登录</a></p></body></html>
            """, cancellationToken).ConfigureAwait(false);
    };

    /// <inheritdoc/>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var perMinute = Math.Max(1, options.Value.AttemptsPerAddressPerMinute);
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>The client's address as the partition key (the proxy's, unless forwarded headers are enabled).</summary>
    internal static string ClientAddress(HttpContext httpContext) =>
        httpContext.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : IPAddress.None.ToString();
}
