namespace DocCheck.Language.Tests;

/// <summary>A throw-away jieba data directory with a hand-written dict.txt and an HMM that knows no characters.</summary>
internal sealed class TinyData : IDisposable
{
    public TinyData(string dictionary)
    {
        Directory.CreateDirectory(Path.Combine(Root, "finalseg"));
        File.WriteAllText(Path.Combine(Root, "dict.txt"), dictionary);
        File.WriteAllText(Path.Combine(Root, "finalseg", "prob_start.py"), "P={'B': -0.26268660809250016, 'E': -3.14e+100, 'M': -3.14e+100, 'S': -1.4652633398537678}");
        File.WriteAllText(
            Path.Combine(Root, "finalseg", "prob_trans.py"),
            "P={'B': {'E': -0.510825623765990, 'M': -0.916290731874155}, 'E': {'B': -0.5897149736854513, 'S': -0.8085250474669937},"
            + " 'M': {'E': -0.33344856811948514, 'M': -1.2603623820268226}, 'S': {'B': -0.7211965654669841, 'S': -0.6658631448798212}}");
        File.WriteAllText(Path.Combine(Root, "finalseg", "prob_emit.py"), "P={'B': {}, 'E': {}, 'M': {}, 'S': {}}");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "doccheck-jieba-" + Guid.NewGuid().ToString("N"));

    public string DictionaryPath => Path.Combine(Root, "dict.txt");

    public JiebaOptions Options => new() { DataDirectory = Root, UseDomainDictionary = false };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
