namespace DocCheck.Cli.Fuzzing;

/// <summary>The kinds of file the fuzzer mutates; mutators say which they understand.</summary>
internal enum FuzzKind
{
    Docx,
    Pdf,
}

/// <summary>A corpus file the fuzzer starts from.</summary>
internal sealed record FuzzSeed(string Name, FuzzKind Kind, byte[] Content)
{
    public string Extension => Kind == FuzzKind.Docx ? ".docx" : ".pdf";

    /// <summary>
    /// The .docx and .pdf files under the folders, in a fixed order; a folder with more than
    /// <paramref name="perFolder"/> of them gives an evenly spaced sample, so that a large generated corpus does not
    /// crowd out the few hand-made and real reports.
    /// </summary>
    public static IReadOnlyList<FuzzSeed> Load(IEnumerable<string> folders, int perFolder)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var seeds = new List<FuzzSeed>();
        foreach (var root in folders)
        {
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => KindOf(f) is not null)
                .GroupBy(Path.GetDirectoryName)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => Sample([.. g.Order(StringComparer.Ordinal)], perFolder));
            foreach (var file in files)
            {
                seeds.Add(new FuzzSeed(Path.GetRelativePath(root, file), KindOf(file)!.Value, File.ReadAllBytes(file)));
            }
        }

        return seeds;
    }

    private static FuzzKind? KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".DOCX" => FuzzKind.Docx,
        ".PDF" => FuzzKind.Pdf,
        _ => null,
    };

    private static IEnumerable<string> Sample(List<string> files, int count) =>
        files.Count <= count ? files : Enumerable.Range(0, count).Select(i => files[i * files.Count / count]);
}
