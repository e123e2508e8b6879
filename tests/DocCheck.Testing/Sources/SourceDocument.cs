namespace DocCheck.Testing.Sources;

/// <summary>A parsed report source.</summary>
public sealed class SourceDocument
{
    public string? Title { get; init; }

    public required IReadOnlyList<SourceBlock> Blocks { get; init; }

    /// <summary>Tables defined by <c>[table name]</c>, referenced from cells as <c>{{name}}</c>.</summary>
    public required IReadOnlyDictionary<string, SourceBlock> NamedTables { get; init; }

    /// <summary>The authors' <c>// expect:</c> lines: planted defects as (rule id, hint).</summary>
    public required IReadOnlyList<(string Rule, string Hint)> Expectations { get; init; }
}
