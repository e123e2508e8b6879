using DocCheck.Web.Security;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Tests.Security;

public sealed class SignInLockoutTests
{
    private readonly ManualClock _clock = new();
    private readonly SignInLockout _lockout;

    public SignInLockoutTests() =>
        _lockout = new SignInLockout(Options.Create(new SignInThrottleOptions { FailuresBeforeLockout = 5, FirstLockoutSeconds = 60, MaxLockoutSeconds = 300 }), _clock);

    [Fact]
    public void FiveFailures_LockForAMinute_ThenEachRunTwiceAsLong_UpToTheCap()
    {
        var lockouts = new List<TimeSpan?>();
        for (var run = 0; run < 5; run++)
        {
            for (var failure = 1; failure < 5; failure++)
            {
                Assert.Null(_lockout.RecordFailure("Alice"));
            }

            lockouts.Add(_lockout.RecordFailure("alice "));
            Assert.NotNull(_lockout.RetryAfter("ALICE"));
            _clock.Advance(lockouts[^1]!.Value + TimeSpan.FromSeconds(1));
            Assert.Null(_lockout.RetryAfter("alice"));
        }

        Assert.Equal([60, 120, 240, 300, 300], lockouts.Select(l => (int)l!.Value.TotalSeconds));
    }

    [Fact]
    public void Success_StartsOver_AndOtherNamesAreNotTouched()
    {
        for (var failure = 0; failure < 4; failure++)
        {
            _lockout.RecordFailure("alice");
        }

        _lockout.RecordSuccess("alice");
        Assert.Null(_lockout.RecordFailure("alice"));
        for (var failure = 0; failure < 5; failure++)
        {
            _lockout.RecordFailure("bob");
        }

        Assert.NotNull(_lockout.RetryAfter("bob"));
        Assert.Null(_lockout.RetryAfter("alice"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
