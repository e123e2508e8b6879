namespace DocCheck.Language;

/// <summary>jieba's data is missing or unreadable; the message is Chinese and says what to install or set.</summary>
public sealed class JiebaDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JiebaDataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JiebaDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JiebaDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
