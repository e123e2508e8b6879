namespace DocCheck.Jobs.Accounts;

/// <summary>The roles and the policies built on them.</summary>
public static class Roles
{
    /// <summary>审核员: uploads reports and downloads notes.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>质检员: confirms or dismisses findings.</summary>
    public const string Checker = "checker";

    /// <summary>管理员: everything, plus users, API keys and the job dashboard.</summary>
    public const string Admin = "admin";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Reviewer, Checker, Admin];

    /// <summary>Policy: may upload and retry.</summary>
    public const string CanUpload = "upload";

    /// <summary>Policy: may judge findings.</summary>
    public const string CanJudge = "judge";

    /// <summary>Policy: administration.</summary>
    public const string CanAdminister = "administer";

    /// <summary>The Chinese name of a role.</summary>
    public static string ToChinese(string role) => role switch
    {
        Reviewer => "审核员",
        Checker => "质检员",
        Admin => "管理员",
        _ => role,
    };

    /// <summary>Keeps the known roles of a list, in canonical order.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> roles)
    {
        var set = roles.Select(r => r.Trim().ToLowerInvariant()).ToHashSet();
        return All.Where(set.Contains).ToList();
    }
}
