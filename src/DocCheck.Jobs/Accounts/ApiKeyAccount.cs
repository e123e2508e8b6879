namespace DocCheck.Jobs.Accounts;

/// <summary>A key an integration (a budget system) authenticates with.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="Revoked">Whether it was revoked.</param>
public sealed record ApiKeyAccount(long Id, string Name, IReadOnlyList<string> Roles, string CreatedBy, DateTimeOffset CreatedAt, bool Revoked);
