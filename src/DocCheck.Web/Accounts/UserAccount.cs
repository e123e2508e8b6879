namespace DocCheck.Web.Accounts;

/// <summary>A person who signs in.</summary>
/// <param name="Name">The user name (case-insensitive).</param>
/// <param name="PasswordHash">The stored password hash.</param>
/// <param name="Roles">Their roles.</param>
/// <param name="MustChangePassword">Signed in with a one-time password: must choose a new one first.</param>
public sealed record UserAccount(string Name, string PasswordHash, IReadOnlyList<string> Roles, bool MustChangePassword);

/// <summary>A key an integration (a budget system) authenticates with.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="Revoked">Whether it was revoked.</param>
public sealed record ApiKeyAccount(long Id, string Name, IReadOnlyList<string> Roles, string CreatedBy, DateTimeOffset CreatedAt, bool Revoked);
