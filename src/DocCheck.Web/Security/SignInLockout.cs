using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Security;

/// <summary>
/// Per user name: after <see cref="SignInThrottleOptions.FailuresBeforeLockout"/> wrong passwords in a row the name is
/// locked for <see cref="SignInThrottleOptions.FirstLockoutSeconds"/>, then twice as long after each further run of
/// failures, up to <see cref="SignInThrottleOptions.MaxLockoutSeconds"/>; a correct password (outside a lockout) starts
/// over. Names that do not exist are counted the same way, so a lockout tells nothing about which names exist. Kept in
/// memory (see <see cref="SignInThrottleOptions"/>).
/// </summary>
public sealed class SignInLockout(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    // Names failed once and never again are forgotten after a day, and pruned when many pile up (a name spray).
    private const int PruneAbove = 10_000;
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, Attempts> _names = new(StringComparer.Ordinal);

    /// <summary>How long the name stays locked, or null when it may sign in now.</summary>
    public TimeSpan? RetryAfter(string userName)
    {
        if (!_names.TryGetValue(Key(userName), out var attempts))
        {
            return null;
        }

        lock (attempts)
        {
            var left = attempts.LockedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a wrong password (or an unknown name); returns how long the name is now locked, if it is.</summary>
    public TimeSpan? RecordFailure(string userName)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (_names.Count > PruneAbove)
        {
            Prune(now);
        }

        var attempts = _names.GetOrAdd(Key(userName), _ => new Attempts());
        lock (attempts)
        {
            if (now - attempts.LastFailure > ForgetAfter)
            {
                attempts.Failures = 0;
                attempts.Lockouts = 0;
            }

            attempts.LastFailure = now;
            if (++attempts.Failures < Math.Max(1, settings.FailuresBeforeLockout))
            {
                return null;
            }

            // 60 s, 120 s, 240 s… capped; the exponent is capped first so the doubling cannot overflow.
            var seconds = Math.Min(settings.MaxLockoutSeconds, settings.FirstLockoutSeconds * Math.Pow(2, Math.Min(attempts.Lockouts, 30)));
            attempts.Failures = 0;
            attempts.Lockouts++;
            attempts.LockedUntil = now + TimeSpan.FromSeconds(seconds);
            return attempts.LockedUntil - now;
        }
    }

    /// <summary>A correct password outside a lockout: the name starts over.</summary>
    public void RecordSuccess(string userName) => _names.TryRemove(Key(userName), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (name, attempts) in _names)
        {
            bool stale;
            lock (attempts)
            {
                stale = attempts.LockedUntil < now && now - attempts.LastFailure > TimeSpan.FromSeconds(options.Value.MaxLockoutSeconds);
            }

            if (stale)
            {
                _names.TryRemove(name, out _);
            }
        }
    }

    // As the account store keys names: trimmed, without case.
    private static string Key(string userName) => (userName ?? string.Empty).Trim().ToLowerInvariant();

    private sealed class Attempts
    {
        public int Failures { get; set; }

        public int Lockouts { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
