namespace DocCheck.Ingest.Pdf;

/// <summary>What one page holds once analysed: running lines outside tables and the tables, top to bottom.</summary>
internal sealed class PageContent
{
    public required int Number { get; init; }

    public required double Height { get; init; }

    /// <summary>Lines outside tables, top to bottom.</summary>
    public required List<TextLine> Lines { get; init; }

    /// <summary>Top-level tables with their cell text, top to bottom.</summary>
    public required List<LatticeTable> Tables { get; init; }

    /// <summary>Why the page's text could not be used, when it could not.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether the problem is text that does not decode (rather than a page that does not parse).</summary>
    public bool Undecodable { get; init; }
}
