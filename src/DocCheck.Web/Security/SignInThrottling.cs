using DocCheck.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace DocCheck.Web.Security;

/// <summary>Registers the sign-in throttling: per address (the rate limiter), per user name (lockout), per address for API keys.</summary>
internal static class SignInThrottling
{
    public static IServiceCollection AddSignInThrottling(this IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<ApiKeyFailureLimiter>();
        services.AddSingleton<IPasswordVerifier, Pbkdf2PasswordVerifier>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name));
        return services;
    }
}
