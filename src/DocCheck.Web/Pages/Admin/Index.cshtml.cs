using DocCheck.Jobs.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Admin;

/// <summary>Users and API keys (admins only: the folder's policy).</summary>
public sealed class AdminModel(AccountStore accounts) : PageModel
{
    /// <summary>Users.</summary>
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    /// <summary>API keys.</summary>
    public IReadOnlyList<ApiKeyAccount> Keys { get; private set; } = [];

    /// <summary>A key just created, shown once.</summary>
    public string? NewKey { get; private set; }

    /// <summary>What the last action did.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the lists.</summary>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Creates or resets a user.</summary>
    public async Task<IActionResult> OnPostSaveUserAsync(string name, string password, string[] roles, bool mustChange)
    {
        var cleanName = (name ?? string.Empty).Trim();
        var chosen = Roles.Normalize(roles ?? []);
        if (cleanName.Length == 0 || password is not { Length: >= 8 } || chosen.Count == 0)
        {
            Message = "请填写用户名、至少 8 位的密码，并至少选择一个角色。";
        }
        else if (InputLimits.UserNameError(cleanName) is { } badName)
        {
            Message = badName;
        }
        else
        {
            await accounts.SaveUserAsync(cleanName, password, chosen, mustChange, HttpContext.RequestAborted);
            Message = $"已保存用户“{cleanName}”。";
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Deletes a user.</summary>
    public async Task<IActionResult> OnPostDeleteUserAsync(string name)
    {
        if (!string.Equals(name, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            await accounts.DeleteUserAsync(name, HttpContext.RequestAborted);
            Message = $"已删除用户“{name}”。";
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Creates an API key.</summary>
    public async Task<IActionResult> OnPostCreateKeyAsync(string name, string[] roles)
    {
        var chosen = Roles.Normalize(roles ?? []);
        if (string.IsNullOrWhiteSpace(name) || chosen.Count == 0)
        {
            Message = "请填写用途并至少选择一个角色。";
        }
        else if (InputLimits.KeyNameError(name.Trim()) is { } badName)
        {
            Message = badName;
        }
        else
        {
            NewKey = await accounts.CreateApiKeyAsync(name.Trim(), chosen, User.Identity?.Name ?? "admin", cancellationToken: HttpContext.RequestAborted);
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Revokes an API key.</summary>
    public async Task<IActionResult> OnPostRevokeKeyAsync(long id)
    {
        await accounts.RevokeApiKeyAsync(id, HttpContext.RequestAborted);
        Message = $"已吊销密钥 {id}。";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Users = await accounts.ListUsersAsync(HttpContext.RequestAborted);
        Keys = await accounts.ListApiKeysAsync(HttpContext.RequestAborted);
    }
}
