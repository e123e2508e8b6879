namespace DocCheck.Core.Documents;

/// <summary>A table as a reader found it: rows of cells with their spans and merges unresolved.</summary>
public sealed class TableDraft
{
    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<IReadOnlyList<CellDraft>> Rows { get; init; }

    /// <summary>Body or text box.</summary>
    public DocumentPart Part { get; init; }

    /// <summary>1-based page of the table's first row, when known.</summary>
    public int? Page { get; init; }

    /// <summary>The region on the page, when known.</summary>
    public BoundingBox? Box { get; init; }
}
