using System.IO.Compression;
using System.Text;
using DocCheck.Review.Summary;

namespace DocCheck.Bulk;

/// <summary>
/// The .docx and .pdf entries of a zip archive, read from the archive's bytes (nothing is extracted to disk).
/// Entries whose path would escape an extraction folder — absolute, with a drive letter or <c>:</c>, with a
/// <c>..</c> segment — are refused and listed, whatever their extension; an entry is never inflated beyond the file
/// limit, whatever size it declares (zip bombs); an archive of more than <see cref="MaxEntries"/> entries is refused.
/// </summary>
internal sealed class ZipInput : ScanInput
{
    /// <summary>Most entries in one archive; a yearly archive has thousands, not millions.</summary>
    public const int MaxEntries = 200_000;

    private readonly FileStream _file;
    private readonly ZipArchive _archive;
    private readonly long _maxFileBytes;
    private readonly string _path;
    private readonly Dictionary<string, ZipArchiveEntry> _byPath = new(StringComparer.Ordinal);

    static ZipInput()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public ZipInput(string path, long maxFileBytes)
    {
        _path = Path.GetFullPath(path);
        _maxFileBytes = maxFileBytes;
        _file = File.OpenRead(_path);
        try
        {
            // Names without the UTF-8 flag are read as GB18030: Chinese archives made by Windows' own zip use GBK.
            _archive = new ZipArchive(_file, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: Encoding.GetEncoding("GB18030"));
            if (_archive.Entries.Count > MaxEntries)
            {
                throw new InvalidDataException($"压缩包条目过多（{_archive.Entries.Count} 个，上限 {MaxEntries} 个）。");
            }
        }
        catch (InvalidDataException ex)
        {
            _file.Dispose();
            throw new InvalidDataException(ex.Message.StartsWith("压缩包", StringComparison.Ordinal) ? ex.Message : "无法读取压缩包：文件已损坏或不是 zip 格式。", ex);
        }

        var entries = new List<ScanEntry>();
        var rejected = new List<ScannedReport>();
        var ignored = 0;
        foreach (var entry in _archive.Entries)
        {
            if (EscapeReason(entry.FullName) is { } reason)
            {
                rejected.Add(ScannedReport.NotChecked(entry.FullName, ScanStatus.Rejected, reason));
                continue;
            }

            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith('/'))
            {
                continue;
            }

            if (!IsCandidate(Path.GetFileName(name)) || !_byPath.TryAdd(name, entry))
            {
                ignored++;
                continue;
            }

            entries.Add(new ScanEntry(name, entry.Length));
        }

        Entries = [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];
        Rejected = [.. rejected.OrderBy(r => r.Path, StringComparer.Ordinal)];
        Ignored = ignored;
    }

    public override string Name => Path.GetFileName(_path);

    public override string DefaultStatePath => DefaultStatePathOf(_path);

    public override IReadOnlyList<ScanEntry> Entries { get; }

    public override IReadOnlyList<ScannedReport> Rejected { get; }

    public override int Ignored { get; }

    /// <summary>Why an entry's path would escape the folder it is extracted to, or null when it stays inside.</summary>
    internal static string? EscapeReason(string fullName)
    {
        if (fullName.Length == 0 || fullName.Contains('\0', StringComparison.Ordinal))
        {
            return "条目名称无效。";
        }

        if (fullName[0] is '/' or '\\')
        {
            return "条目使用绝对路径，已拒绝。";
        }

        if (fullName.Contains(':', StringComparison.Ordinal))
        {
            return "条目路径含盘符或冒号，已拒绝。";
        }

        if (fullName.Split('/', '\\').Any(segment => segment == ".."))
        {
            return "条目路径含“..”，会越出解压目录，已拒绝。";
        }

        return null;
    }

    public override IEnumerable<LoadedEntry> ReadAll(CancellationToken cancellationToken)
    {
        foreach (var entry in Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Load(entry);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _archive.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private LoadedEntry Load(ScanEntry entry)
    {
        if (entry.Size > _maxFileBytes)
        {
            return new LoadedEntry(entry, null, TooLarge(entry.Size, _maxFileBytes));
        }

        try
        {
            using var stream = _byPath[entry.Path].Open();
            return new LoadedEntry(entry, BoundedRead.ReadAll(stream, _maxFileBytes), null);
        }
        catch (BoundedRead.TooLargeException ex)
        {
            return new LoadedEntry(entry, null, TooLarge(ex.Size, _maxFileBytes) + "（解压后超过所声明的大小，疑似压缩炸弹）");
        }
        catch (InvalidDataException)
        {
            return new LoadedEntry(entry, null, "压缩包中的该条目已损坏，无法解压。");
        }
        catch (NotSupportedException)
        {
            return new LoadedEntry(entry, null, "压缩包中的该条目已加密或使用了不支持的压缩方式，无法解压。");
        }
    }
}
