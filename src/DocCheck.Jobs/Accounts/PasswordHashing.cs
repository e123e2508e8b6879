using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DocCheck.Jobs.Accounts;

/// <summary>Password and API-key hashing: PBKDF2-SHA256 with a random salt for passwords, SHA-256 for random keys.</summary>
public static class PasswordHashing
{
    private const int Iterations = 100_000;

    /// <summary>Hashes a password as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64).</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>
    /// A hash of a random password, made like every stored one: checked against when a sign-in names no existing user,
    /// so that answering takes as long for an unknown name as for a known one and does not tell which names exist.
    /// </summary>
    public static string DummyHash { get; } = Hash(NewSecret());

    /// <summary>Whether a password matches a stored hash (in constant time).</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var parts = (stored ?? string.Empty).Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A new random secret (API key or one-time password) of URL-safe characters.</summary>
    public static string NewSecret(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of an API key: its SHA-256 (keys are long and random, so no salt is needed).</summary>
    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key ?? string.Empty)));
}
