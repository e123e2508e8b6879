namespace DocCheck.Language;

/// <summary>Where jieba's data lives and which user dictionaries go on top of it.</summary>
public sealed class JiebaOptions
{
    /// <summary>The environment variable that names the data directory when <see cref="DataDirectory"/> is not set.</summary>
    public const string DataDirectoryVariable = "DOCCHECK_JIEBA_DATA";

    /// <summary>Where Debian's python3-jieba puts the package (dict.txt, finalseg/, analyse/idf.txt).</summary>
    public const string DebianDataDirectory = "/usr/lib/python3/dist-packages/jieba";

    /// <summary>
    /// The jieba data directory: the jieba package folder (dict.txt, finalseg/prob_*.py, analyse/idf.txt) or a folder
    /// holding those files side by side. Null: <c>DOCCHECK_JIEBA_DATA</c>, else <see cref="DebianDataDirectory"/>.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>Load DocCheck's domain dictionary (Data/domain-dict.txt) as a user dictionary. On by default.</summary>
    public bool UseDomainDictionary { get; init; } = true;

    /// <summary>Further user dictionaries (jieba's load_userdict format), loaded after the domain dictionary.</summary>
    public IReadOnlyList<string> UserDictionaries { get; init; } = [];

    /// <summary>The defaults: data from the environment or Debian's package, with the domain dictionary.</summary>
    public static JiebaOptions Default { get; } = new();

    /// <summary>Pure jieba data, no domain dictionary (what parity with Python jieba is measured on).</summary>
    public static JiebaOptions JiebaOnly { get; } = new() { UseDomainDictionary = false };

    /// <summary>The directory these options point at.</summary>
    public string ResolveDataDirectory()
    {
        if (!string.IsNullOrWhiteSpace(DataDirectory))
        {
            return DataDirectory;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DebianDataDirectory : fromEnvironment;
    }
}
