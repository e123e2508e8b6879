using System.Security.Cryptography;

namespace DocCheck.Ingest;

/// <summary>A submitted file: its name and bytes. Readers work from bytes, never from paths.</summary>
public sealed class DocumentSource
{
    private string? _sha256;

    /// <summary>Creates a source from a file's name and content.</summary>
    public DocumentSource(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        FileName = Path.GetFileName(fileName);
        Content = content;
    }

    /// <summary>The file name without directories.</summary>
    public string FileName { get; }

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>Reads a file from disk.</summary>
    public static DocumentSource FromFile(string path) => new(path, File.ReadAllBytes(path));
}
