namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>One change to the Word XML of a copy of the report.</summary>
internal abstract record MutationEdit;

/// <summary>
/// Replaces <paramref name="Length"/> characters at <paramref name="Start"/> of the normalised text of a paragraph
/// or cell (as the reader gives it) by <paramref name="Text"/>; <paramref name="Expected"/> is the normalised text
/// replaced, checked before editing.
/// </summary>
internal sealed record ReplaceText(EditTarget Target, int Start, int Length, string Expected, string Text) : MutationEdit;

/// <summary>Sets the whole text of a cell (empty: blanks it).</summary>
internal sealed record SetCellText(CellTarget Cell, string Expected, string Text) : MutationEdit;

/// <summary>Removes body paragraphs (by block index); tables between them stay.</summary>
internal sealed record RemoveParagraphs(IReadOnlyList<int> Blocks) : MutationEdit;

/// <summary>Removes the rows <paramref name="FirstRow"/>..<paramref name="LastRow"/> of a table, keeping vertical merges whole.</summary>
internal sealed record RemoveRows(int Table, int FirstRow, int LastRow) : MutationEdit;
