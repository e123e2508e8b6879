using DocCheck.Core.Documents;

namespace DocCheck.Ingest;

/// <summary>Reads one file format into the document model.</summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles files of the sniffed kind.</summary>
    bool CanRead(SniffedFormat format);

    /// <summary>
    /// Reads the document. Throws <see cref="Core.Errors.UnreadableDocumentException"/> with a one-line reason
    /// when the file cannot be read at all; works around smaller problems and records them as diagnostics.
    /// </summary>
    ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default);
}
