namespace DocCheck.Testing.Sources;

/// <summary>One block of a report source: a paragraph of some kind, a page break, or a table.</summary>
/// <param name="Kind">What the line was.</param>
/// <param name="Text">The paragraph text (empty for tables and page breaks).</param>
/// <param name="Level">Heading or numbering level, 1-based; 0 otherwise.</param>
/// <param name="Rows">For tables, the cell texts row by row (markers <c>^</c>, <c>&lt;</c>, <c>{{name}}</c> kept).</param>
public sealed record SourceBlock(SourceBlockKind Kind, string Text, int Level = 0, IReadOnlyList<IReadOnlyList<string>>? Rows = null);
