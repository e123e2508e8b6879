using DocCheck.Jobs.Accounts;
using DocCheck.Web.Accounts;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DocCheck.Web.Pages.Account;

/// <summary>
/// Sign-in with user name and password. Posts are rate-limited per client address (<see cref="SignInRateLimitPolicy"/>)
/// and each name is locked after repeated failures (<see cref="SignInLockout"/>).
/// </summary>
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class LoginModel(AccountStore accounts, IPasswordVerifier passwords, SignInLockout lockout) : PageModel
{
    /// <summary>The user name typed.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var name = (UserName ?? string.Empty).Trim();
        if (name.Length > InputLimits.UserNameLength)
        {
            // No such user can exist (the admin page refuses longer names); cut, so a huge name costs no more than another.
            name = name[..InputLimits.UserNameLength];
        }

        // Locked: refused without looking at the password, so even the right one does not help until the time is up.
        if (lockout.RetryAfter(name) is { } locked)
        {
            return TooManyFailures(locked);
        }

        // The same work for every name: an unknown one is checked against a dummy hash of the same cost.
        var user = name.Length > 0 ? await accounts.FindUserAsync(name, HttpContext.RequestAborted) : null;
        var matches = passwords.Verify(Password ?? string.Empty, user?.PasswordHash ?? PasswordHashing.DummyHash);
        if (user is null || !matches)
        {
            if (lockout.RecordFailure(name) is { } lockedNow)
            {
                return TooManyFailures(lockedNow);
            }

            Error = "用户名或密码不正确。";
            return Page();
        }

        lockout.RecordSuccess(name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserSessions.PrincipalFor(user));
        if (user.MustChangePassword)
        {
            return LocalRedirect("/account/password");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private PageResult TooManyFailures(TimeSpan wait)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        RetryText.SetRetryAfter(Response, wait);
        Error = $"登录失败次数过多，该用户名已暂时锁定，请在 {RetryText.Chinese(wait)}后再试。";
        return Page();
    }
}
