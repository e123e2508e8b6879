using System.Security.Cryptography;

namespace DocCheck.Jobs.Storage;

/// <summary>
/// Uploaded files by content hash (<c>files/ab/abcdef…</c>) and the views rendered for each result
/// (<c>views/&lt;hash&gt;/&lt;engine&gt;/</c>), in the data directory. A file uploaded twice is stored once. With
/// <see cref="SharedFiles"/> (scale-out on PostgreSQL) the data directory is a local copy of the shared database.
/// </summary>
public sealed class FileStore(string dataDirectory, SharedFiles? shared = null)
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

        // Shared first: a report row may only point at content every worker can fetch.
        if (shared is not null)
        {
            await shared.PutFileAsync(sha256, content, cancellationToken).ConfigureAwait(false);
        }

        await WriteLocalAsync(path, content, cancellationToken).ConfigureAwait(false);
        return sha256;
    }

    /// <summary>The local path of a stored file, fetched from the shared database first when this machine lacks it.</summary>
    /// <exception cref="FileNotFoundException">No such content anywhere.</exception>
    public async Task<string> LocalFileAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        if (File.Exists(path) || shared is null)
        {
            return path;
        }

        var content = await shared.GetFileAsync(sha256, cancellationToken).ConfigureAwait(false)
            ?? throw new FileNotFoundException("The uploaded file is in neither the local nor the shared store.", path);
        await WriteLocalAsync(path, content, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>Shares the views just published locally (no-op without a shared database).</summary>
    public Task ShareViewsAsync(string sha256, string engineVersion, CancellationToken cancellationToken = default) =>
        shared is null ? Task.CompletedTask : shared.PutViewsAsync(sha256, engineVersion, ViewsOf(sha256, engineVersion), cancellationToken);

    /// <summary>The local folder of a result's views, fetched from the shared database first when this machine lacks it.</summary>
    public async Task<string> LocalViewsAsync(string sha256, string engineVersion, CancellationToken cancellationToken = default)
    {
        var views = ViewsOf(sha256, engineVersion);
        if (Directory.Exists(views) || shared is null)
        {
            return views;
        }

        var stored = await shared.GetViewsAsync(sha256, engineVersion, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return views;
        }

        var scratch = views + ".fetch-" + Guid.NewGuid().ToString("N");
        try
        {
            foreach (var (name, content) in stored)
            {
                var target = Path.GetFullPath(Path.Combine(scratch, name));
                if (!target.StartsWith(scratch + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    continue; // names are written by our own workers; anything escaping the folder is not ours
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, content, cancellationToken).ConfigureAwait(false);
            }

            Directory.Move(scratch, views);
        }
        catch (IOException) when (Directory.Exists(views))
        {
            // Fetched twice at once; the copies are identical.
        }
        finally
        {
            // Left only when the fetch was cancelled (the page's request aborted) or failed, or the race above was lost.
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return views;
    }

    private static async Task WriteLocalAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another upload of the same bytes won the race; its copy is identical.
        }
        finally
        {
            // Left only when the write was cancelled or failed (an aborted upload), or the race above was lost.
            File.Delete(temporary);
        }
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
