namespace DocCheck.Core.Documents;

/// <summary>One block of a document in reading order: a paragraph or a table.</summary>
/// <param name="Index">0-based position in reading order.</param>
/// <param name="Location">Where the block is.</param>
public abstract record Block(int Index, SourceLocation Location);
