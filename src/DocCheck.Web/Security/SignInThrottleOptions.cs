namespace DocCheck.Web.Security;

/// <summary>
/// How hard guessing passwords and API keys is made (settings section <c>DocCheck:SignIn</c>, environment variables
/// <c>DocCheck__SignIn__FailuresBeforeLockout</c> and so on). The counts are kept in the memory of each web process:
/// a restart forgets them, and each instance of a scaled-out deployment counts on its own.
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DocCheck:SignIn";

    /// <summary>
    /// Sign-in attempts (form posts) one client address may make per minute, whatever the names. An office behind one
    /// NAT address shares this: raise it there, or let the proxy pass the client's address (README, "安全").
    /// </summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Wrong API keys one client address may send per minute; then it is refused with 429 until the minute is over.</summary>
    public int ApiKeyFailuresPerAddressPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords in a row for one user name before it is locked.</summary>
    public int FailuresBeforeLockout { get; set; } = 5;

    /// <summary>The first lockout; each further one in a row lasts twice as long as the one before.</summary>
    public int FirstLockoutSeconds { get; set; } = 60;

    /// <summary>The longest lockout.</summary>
    public int MaxLockoutSeconds { get; set; } = 900;
}
