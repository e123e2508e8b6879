using System.Collections.Immutable;

namespace DocCheck.Core.Documents;

/// <summary>A report as read: its blocks in reading order and what the reader noticed on the way.</summary>
public sealed class ReportDocument
{
    /// <summary>The file name as submitted (no directories).</summary>
    public required string FileName { get; init; }

    /// <summary>Lower-case hexadecimal SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The format read: <c>docx</c> or <c>pdf</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The title stored in the file's properties, when any.</summary>
    public string? PropertiesTitle { get; init; }

    /// <summary>Number of pages, when the format knows it.</summary>
    public int? PageCount { get; init; }

    /// <summary>Paragraphs and tables in reading order.</summary>
    public required ImmutableArray<Block> Blocks { get; init; }

    /// <summary>What the reader worked around.</summary>
    public ImmutableArray<IngestDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The paragraphs in reading order.</summary>
    public IEnumerable<ParagraphBlock> Paragraphs => Blocks.OfType<ParagraphBlock>();

    /// <summary>The tables in document order.</summary>
    public IEnumerable<TableBlock> Tables => Blocks.OfType<TableBlock>();
}
