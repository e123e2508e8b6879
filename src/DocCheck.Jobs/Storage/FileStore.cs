using System.Security.Cryptography;

namespace DocCheck.Jobs.Storage;

/// <summary>
/// Uploaded files by content hash (<c>files/ab/abcdef…</c>) and the views rendered for each result
/// (<c>views/&lt;hash&gt;/&lt;engine&gt;/</c>), in the data directory. A file uploaded twice is stored once.
/// </summary>
public sealed class FileStore(string dataDirectory)
{
    /// <summary>The data directory.</summary>
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Lower-case hex SHA-256 of content.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Where the file with this hash is kept.</summary>
    public string PathOf(string sha256)
    {
        ValidateHash(sha256);
        return Path.Combine(DataDirectory, "files", sha256[..2], sha256);
    }

    /// <summary>Where the views of a result are kept.</summary>
    public string ViewsOf(string sha256, string engineVersion)
    {
        ValidateHash(sha256);
        return Path.Combine(DataDirectory, "views", sha256, engineVersion);
    }

    /// <summary>Stores content under its hash (written to a temporary name, then moved, so a crash never leaves half a file).</summary>
    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha256 = Hash(content);
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            return sha256;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another upload of the same bytes won the race; its copy is identical.
            File.Delete(temporary);
        }

        return sha256;
    }

    private static void ValidateHash(string sha256)
    {
        // The hash becomes a path: accept nothing but 64 lower-case hex digits.
        if (sha256 is not { Length: 64 } || !sha256.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("Not a lower-case SHA-256 hex digest.", nameof(sha256));
        }
    }
}
