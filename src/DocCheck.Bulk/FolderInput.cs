namespace DocCheck.Bulk;

/// <summary>The .docx and .pdf files under a folder, recursively (symbolic links to folders are not followed).</summary>
internal sealed class FolderInput : ScanInput
{
    /// <summary>The state file's name inside the scanned folder.</summary>
    public const string StateFileName = ".doccheck-scan.sqlite";

    private readonly string _root;
    private readonly long _maxFileBytes;

    public FolderInput(string root, long maxFileBytes, Func<ScanEntry, bool>? include = null)
    {
        _root = Path.GetFullPath(root);
        _maxFileBytes = maxFileBytes;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,

            // Hidden files are reports too (a dot-named folder copied from a Mac); links could loop.
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        var entries = new List<ScanEntry>();
        var ignored = 0;
        foreach (var file in new DirectoryInfo(_root).EnumerateFiles("*", options))
        {
            if (IsCandidate(file.Name))
            {
                var entry = new ScanEntry(Path.GetRelativePath(_root, file.FullName).Replace('\\', '/'), file.Length);
                if (include is null || include(entry))
                {
                    entries.Add(entry);
                }
            }
            else if (!file.Name.StartsWith(StateFileName, StringComparison.Ordinal))
            {
                ignored++;
            }
        }

        Entries = [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];
        Ignored = ignored;
    }

    public override string Name => Path.GetFileName(_root.TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : _root;

    public override string DefaultStatePath => DefaultStatePathOf(_root);

    public override IReadOnlyList<ScanEntry> Entries { get; }

    public override int Ignored { get; }

    public override IEnumerable<LoadedEntry> ReadAll(CancellationToken cancellationToken)
    {
        foreach (var entry in Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Load(entry);
        }
    }

    private LoadedEntry Load(ScanEntry entry)
    {
        var path = Path.Combine(_root, entry.Path);
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.Length > _maxFileBytes)
            {
                return new LoadedEntry(entry, null, TooLarge(stream.Length, _maxFileBytes));
            }

            return new LoadedEntry(entry, BoundedRead.ReadAll(stream, _maxFileBytes), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadedEntry(entry, null, "无法打开文件：" + ex.Message.ReplaceLineEndings(" "));
        }
        catch (BoundedRead.TooLargeException ex)
        {
            return new LoadedEntry(entry, null, TooLarge(ex.Size, _maxFileBytes));
        }
    }
}
