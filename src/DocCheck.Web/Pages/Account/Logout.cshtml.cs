using DocCheck.Jobs.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Account;

/// <summary>Signs out (POST only, so a link cannot sign anyone out).</summary>
public sealed class LogoutModel(AccountStore accounts) : PageModel
{
    /// <summary>
    /// Signs out and returns to the sign-in form. The user's stamp is renewed, so every copy of the cookie — and the
    /// user's sessions in other browsers — stops working too: deleting the cookie in this browser alone would not.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } name } && !User.SignedInWithApiKey())
        {
            await accounts.RenewSecurityStampAsync(name, HttpContext.RequestAborted);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/login");
    }
}
