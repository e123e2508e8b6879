namespace DocCheck.Testing;

/// <summary>Paths in the source tree, found from the test binaries by walking up to DocCheck.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DocCheck.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DocCheck.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>corpus/.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>A path relative to the root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);
}
