using System.Security.Claims;
using DocCheck.Jobs.Accounts;
using DocCheck.Web.Accounts;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Account;

/// <summary>Choose a new password (required after a one-time password).</summary>
public sealed class PasswordModel(AccountStore accounts, IPasswordVerifier passwords, SignInLockout lockout) : PageModel
{
    /// <summary>The password in use (not asked right after a one-time password, which was just typed to sign in).</summary>
    [BindProperty]
    public string? CurrentPassword { get; set; }

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

        // An open session alone must not be enough to take the account over: the current password is asked, and
        // guessing it here counts towards the same lockout as guessing it at sign-in.
        var name = User.NameOrUnknown();
        if (!MustChange)
        {
            if (lockout.RetryAfter(name) is { } locked)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                RetryText.SetRetryAfter(Response, locked);
                Error = $"密码错误次数过多，请在 {RetryText.Chinese(locked)}后再试。";
                return Page();
            }

            var user = await accounts.FindUserAsync(name, HttpContext.RequestAborted);
            if (user is null || !passwords.Verify(CurrentPassword ?? string.Empty, user.PasswordHash))
            {
                lockout.RecordFailure(name);
                Error = "当前密码不正确。";
                return Page();
            }
        }

        // The new stamp ends every other session of the user (a stolen cookie, another browser); this one goes on.
        if (await accounts.ChangePasswordAsync(name, NewPassword, cancellationToken: HttpContext.RequestAborted) is not { } stamp)
        {
            return Forbid();
        }

        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserSessions.PrincipalFor(name, roles, stamp, mustChangePassword: false));
        return LocalRedirect("/");
    }
}
