using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Security;

/// <summary>
/// Counts wrong API keys per client address: after <see cref="SignInThrottleOptions.ApiKeyFailuresPerAddressPerMinute"/>
/// in a minute, that address is refused with 429 and Retry-After until the minute is over — even with a valid key,
/// so guessing goes no faster by mixing in a known one. Only failures count: a busy integration is never slowed.
/// </summary>
public sealed class ApiKeyFailureLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    /// <summary>A limiter with the configured rate.</summary>
    public ApiKeyFailureLimiter(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = Math.Max(1, options.Value.ApiKeyFailuresPerAddressPerMinute);
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>How long the address must wait, or null when it may try a key now.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        // Asking for no permit only tells whether any is left; it takes none.
        using var lease = _failures.AttemptAcquire(address, 0);
        return lease.IsAcquired ? null : Wait(lease);
    }

    /// <summary>Counts a wrong key.</summary>
    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address, 1);
    }

    /// <inheritdoc/>
    public void Dispose() => _failures.Dispose();

    private static TimeSpan Wait(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
}
