namespace DocCheck.Review.Summary;

/// <summary>Writes a batch summary in one format.</summary>
public interface ISummaryWriter
{
    /// <summary>The format's short name: xlsx, html.</summary>
    string Format { get; }

    /// <summary>The file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>Writes the summary.</summary>
    void Write(ScanSummary summary, Stream output);
}
