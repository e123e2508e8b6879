namespace DocCheck.Core.Errors;

/// <summary>
/// The file cannot be read at all. Its <see cref="Exception.Message"/> is a one-line Chinese reason fit to
/// show a user; hosts map it to their failure status (CLI exit code 2, HTTP 422).
/// </summary>
public sealed class UnreadableDocumentException : Exception
{
    /// <summary>Creates the exception with the reason and its one-line message.</summary>
    public UnreadableDocumentException(UnreadableReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception (for serializers and analyzers).</summary>
    public UnreadableDocumentException()
        : this(UnreadableReason.UnsupportedFormat, "无法读取该文件。")
    {
    }

    /// <summary>Creates the exception with a message (for serializers and analyzers).</summary>
    public UnreadableDocumentException(string message)
        : this(UnreadableReason.UnsupportedFormat, message)
    {
    }

    /// <summary>Creates the exception with a message and cause (for serializers and analyzers).</summary>
    public UnreadableDocumentException(string message, Exception innerException)
        : this(UnreadableReason.UnsupportedFormat, message, innerException)
    {
    }

    /// <summary>Why the file could not be read.</summary>
    public UnreadableReason Reason { get; }
}
