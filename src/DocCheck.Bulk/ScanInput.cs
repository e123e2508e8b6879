using System.Globalization;
using DocCheck.Ingest.Docx;
using DocCheck.Ingest.Pdf;
using DocCheck.Review.Summary;

namespace DocCheck.Bulk;

/// <summary>
/// What a bulk scan reads: the .docx and .pdf files of a folder (recursively) or of a zip archive. Files are chosen
/// by name and read by content (a PDF named .docx is read as a PDF); everything else is counted and left alone.
/// </summary>
public abstract class ScanInput : IDisposable
{
    /// <summary>The extensions picked up, compared ignoring case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".pdf"];

    /// <summary>
    /// Largest file loaded, in bytes: the larger of the Word and PDF readers' own limits (each reader then applies
    /// its own), so a file is refused before it is loaded, not after.
    /// </summary>
    public static long DefaultMaxFileBytes { get; } = Math.Max(DocxReaderOptions.Default.MaxFileBytes, PdfReaderOptions.Default.MaxFileBytes);

    /// <summary>A name for titles: the folder or zip file name.</summary>
    public abstract string Name { get; }

    /// <summary>The default state file for this input.</summary>
    public abstract string DefaultStatePath { get; }

    /// <summary>
    /// The default state file for a folder (<c>&lt;folder&gt;/.doccheck-scan.sqlite</c>) or a zip
    /// (<c>&lt;name&gt;.doccheck-scan.sqlite</c> beside it), known without opening either.
    /// </summary>
    public static string DefaultStatePathOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) ? Path.Combine(full, FolderInput.StateFileName) : Path.ChangeExtension(full, ".doccheck-scan.sqlite");
    }

    /// <summary>The files to check, ordered by path.</summary>
    public abstract IReadOnlyList<ScanEntry> Entries { get; }

    /// <summary>Entries refused before reading (zip paths that escape the target), with their reasons.</summary>
    public virtual IReadOnlyList<ScannedReport> Rejected { get; } = [];

    /// <summary>Files that are not .docx or .pdf (or are Word lock files), left alone.</summary>
    public abstract int Ignored { get; }

    /// <summary>Opens a folder or a .zip file.</summary>
    /// <exception cref="InvalidDataException">The zip cannot be read (one-line Chinese reason).</exception>
    public static ScanInput Open(string path, long? maxFileBytes = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var limit = maxFileBytes ?? DefaultMaxFileBytes;
        if (Directory.Exists(path))
        {
            return new FolderInput(path, limit);
        }

        if (File.Exists(path))
        {
            return new ZipInput(path, limit);
        }

        throw new FileNotFoundException($"{path} 不存在", path);
    }

    /// <summary>The .docx and .pdf files under a folder that <paramref name="include"/> accepts (all when null).</summary>
    public static ScanInput OpenFolder(string root, Func<ScanEntry, bool>? include = null, long? maxFileBytes = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new FolderInput(root, maxFileBytes ?? DefaultMaxFileBytes, include);
    }

    /// <summary>Reads the entries one after another, in <see cref="Entries"/> order (a zip cannot be read in parallel).</summary>
    public abstract IEnumerable<LoadedEntry> ReadAll(CancellationToken cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the archive, if any.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Whether a name is one of <see cref="Extensions"/> and not a Word lock file (<c>~$name.docx</c>).</summary>
    protected static bool IsCandidate(string fileName) =>
        !fileName.StartsWith("~$", StringComparison.Ordinal)
        && Extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one-line reason for a file over the limit, in the readers' words.</summary>
    protected static string TooLarge(long size, long limit) => string.Create(CultureInfo.InvariantCulture,
        $"文件过大（{size / 1048576.0:0.#} MB），超过上限 {limit / 1048576.0:0.#} MB。");
}
