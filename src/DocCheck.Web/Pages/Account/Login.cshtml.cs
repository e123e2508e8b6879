using DocCheck.Jobs.Accounts;
using DocCheck.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Account;

/// <summary>Sign-in with user name and password.</summary>
public sealed class LoginModel(AccountStore accounts) : PageModel
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
        var user = UserName is { Length: > 0 } ? await accounts.FindUserAsync(UserName.Trim(), HttpContext.RequestAborted) : null;
        if (user is null || !PasswordHashing.Verify(Password ?? string.Empty, user.PasswordHash))
        {
            Error = "用户名或密码不正确。";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserSessions.PrincipalFor(user));
        if (user.MustChangePassword)
        {
            return LocalRedirect("/account/password");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
