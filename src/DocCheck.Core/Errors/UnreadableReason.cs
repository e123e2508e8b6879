namespace DocCheck.Core.Errors;

/// <summary>Why a file could not be read at all.</summary>
public enum UnreadableReason
{
    /// <summary>The file holds no bytes.</summary>
    Empty,

    /// <summary>The content is not a format DocCheck reads (plain text, an image, random bytes).</summary>
    UnsupportedFormat,

    /// <summary>A Word 97–2003 .doc file.</summary>
    LegacyWord,

    /// <summary>The file is password-protected or encrypted.</summary>
    Encrypted,

    /// <summary>The container or its XML is damaged or cut short.</summary>
    Corrupt,

    /// <summary>The file or its content exceeds the configured limits (size, zip bomb).</summary>
    TooLarge,

    /// <summary>A PDF with no text layer (a scan).</summary>
    NoTextLayer,

    /// <summary>The text is there but decodes to garbage (PDF fonts without a Unicode map).</summary>
    UndecodableText,

    /// <summary>Reading took longer than allowed.</summary>
    TimedOut,
}
