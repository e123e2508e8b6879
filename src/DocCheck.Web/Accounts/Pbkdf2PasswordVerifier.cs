using DocCheck.Jobs.Accounts;

namespace DocCheck.Web.Accounts;

/// <summary>The default: <see cref="PasswordHashing.Verify"/> (PBKDF2-SHA256).</summary>
public sealed class Pbkdf2PasswordVerifier : IPasswordVerifier
{
    /// <inheritdoc/>
    public bool Verify(string password, string storedHash) => PasswordHashing.Verify(password, storedHash);
}
