namespace DocCheck.Ingest.Docx;

/// <summary>Limits for reading Word files: hostile or broken files must end quickly with a clear reason.</summary>
public sealed class DocxReaderOptions
{
    /// <summary>The defaults.</summary>
    public static DocxReaderOptions Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// Largest part (document.xml and the like) in characters once decompressed; guards against zip bombs
    /// (default 40 million, several thousand pages).
    /// </summary>
    public long MaxCharactersInPart { get; init; } = 40_000_000;

    /// <summary>Most blocks (paragraphs and tables) read before giving up (default 200,000).</summary>
    public int MaxBlocks { get; init; } = 200_000;

    /// <summary>
    /// Deepest element nesting in the body (default 256): about 80 tables nested in one another, far beyond what Word
    /// writes; deeper files are refused with a reason because reading them recurses once per level.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;
}
