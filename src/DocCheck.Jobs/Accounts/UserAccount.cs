namespace DocCheck.Jobs.Accounts;

/// <summary>A person who signs in.</summary>
/// <param name="Name">The user name (case-insensitive).</param>
/// <param name="PasswordHash">The stored password hash.</param>
/// <param name="Roles">Their roles.</param>
/// <param name="MustChangePassword">Signed in with a one-time password: must choose a new one first.</param>
/// <param name="SecurityStamp">Changes whenever the user's sessions must end (see <see cref="AccountStore"/>).</param>
public sealed record UserAccount(string Name, string PasswordHash, IReadOnlyList<string> Roles, bool MustChangePassword, string SecurityStamp);
