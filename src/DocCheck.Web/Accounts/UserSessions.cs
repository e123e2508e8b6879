using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using DocCheck.Jobs.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DocCheck.Web.Accounts;

/// <summary>
/// Cookie sessions of users: the claims a sign-in puts in the cookie, and the check on every request that the user
/// still exists and still has the security stamp the cookie was made with. That check is what ends a session at
/// once — on sign-out, a password or role change, or deletion — whatever copies of the cookie exist: the cookie
/// itself stays valid for hours and cannot be recalled.
/// </summary>
internal static class UserSessions
{
    /// <summary>The claim carrying the user's security stamp at sign-in.</summary>
    public const string StampClaim = "doccheck:security-stamp";

    /// <summary>The principal of a cookie session of a user.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user) =>
        PrincipalFor(user.Name, user.Roles, user.SecurityStamp, user.MustChangePassword);

    /// <summary>The principal of a cookie session.</summary>
    public static ClaimsPrincipal PrincipalFor(string name, IEnumerable<string> roles, string securityStamp, bool mustChangePassword)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        identity.AddClaim(new Claim(StampClaim, securityStamp));
        if (mustChangePassword)
        {
            identity.AddClaim(new Claim(PasswordChangeRequirement.Claim, "1"));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// <see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>: refuses the cookie, and deletes it, when its user is
    /// gone or has another stamp. Not cached: one primary-key lookup per request is cheap, and a cache would let a
    /// revoked session through for as long as it kept its entry.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var current = name is null ? null : await accounts.FindSecurityStampAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (stamp is null || current is null || !SameStamp(stamp, current))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }

    private static bool SameStamp(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
