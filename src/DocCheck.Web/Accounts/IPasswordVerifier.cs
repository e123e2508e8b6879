namespace DocCheck.Web.Accounts;

/// <summary>Checks a password against a stored hash; the sign-in's one costly step (and what tests watch to see it is always taken).</summary>
/// <remarks>The default is <see cref="Pbkdf2PasswordVerifier"/>.</remarks>
public interface IPasswordVerifier
{
    /// <summary>Whether the password matches the stored hash.</summary>
    bool Verify(string password, string storedHash);
}
