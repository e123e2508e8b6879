using System.Security.Claims;
using DocCheck.Jobs.Accounts;
using DocCheck.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Account;

/// <summary>Choose a new password (required after a one-time password).</summary>
public sealed class PasswordModel(AccountStore accounts) : PageModel
{
    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>Typed again.</summary>
    [BindProperty]
    public string? Confirm { get; set; }

    /// <summary>Why the change was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether the user signed in with a one-time password.</summary>
    public bool MustChange => User.HasClaim(PasswordChangeRequirement.Claim, "1");

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Saves the new password, ends the user's other sessions and signs in again without the one-time mark.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (NewPassword is not { Length: >= 8 } || NewPassword != Confirm)
        {
            Error = NewPassword is { Length: >= 8 } ? "两次输入的密码不一致。" : "密码至少 8 位。";
            return Page();
        }

        if (User.SignedInWithApiKey())
        {
            return Forbid();
        }

        // The new stamp ends every other session of the user (a stolen cookie, another browser); this one goes on.
        if (await accounts.ChangePasswordAsync(User.NameOrUnknown(), NewPassword, cancellationToken: HttpContext.RequestAborted) is not { } stamp)
        {
            return Forbid();
        }

        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserSessions.PrincipalFor(User.NameOrUnknown(), roles, stamp, mustChangePassword: false));
        return LocalRedirect("/");
    }
}
