namespace DocCheck.Language;

/// <summary>DocCheck's dictionary of budget performance-evaluation terms (Data/domain-dict.txt, embedded).</summary>
public static class DomainWords
{
    /// <summary>The manifest resource name.</summary>
    public const string ResourceName = "DocCheck.Language.Data.domain-dict.txt";

    /// <summary>Opens the embedded file (jieba's user dictionary format).</summary>
    public static Stream Open() =>
        typeof(DomainWords).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException(ResourceName + " is not embedded in " + typeof(DomainWords).Assembly.GetName().Name);

    /// <summary>The words of the domain dictionary, in file order.</summary>
    public static IReadOnlyList<string> Words()
    {
        using var reader = new StreamReader(Open());
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                words.Add(trimmed.Split(' ')[0]);
            }
        }

        return words;
    }
}
