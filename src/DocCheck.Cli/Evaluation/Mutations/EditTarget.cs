namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>A paragraph or a table cell of the report, in the reader's coordinates (block index; table, row, column 0-based).</summary>
internal abstract record EditTarget
{
    /// <summary>The compact location the engine's evidence uses for this place (P12, T2[r5,c3]), 1-based.</summary>
    public abstract string Ref { get; }
}
