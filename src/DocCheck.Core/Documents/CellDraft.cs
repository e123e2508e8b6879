namespace DocCheck.Core.Documents;

/// <summary>A table cell as a reader found it: text, horizontal span and vertical-merge state.</summary>
public sealed class CellDraft
{
    /// <summary>The cell's text, its paragraphs joined by '\n'.</summary>
    public required string Text { get; init; }

    /// <summary>Grid columns the cell spans (Word's gridSpan).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>Whether the cell continues the vertical merge of the cell above (Word's vMerge without restart).</summary>
    public bool ContinuesVerticalMerge { get; init; }

    /// <summary>Grid columns left empty before this cell (Word's gridBefore, applied to a row's first cell).</summary>
    public int SkipColumnsBefore { get; init; }

    /// <summary>Tables nested in the cell.</summary>
    public IReadOnlyList<TableDraft> NestedTables { get; init; } = [];

    /// <summary>1-based page of the cell's first line, when known and different from the table's (a table across pages).</summary>
    public int? Page { get; init; }

    /// <summary>The region on the page, when known.</summary>
    public BoundingBox? Box { get; init; }
}
