namespace DocCheck.Ingest;

/// <summary>What a file's bytes say it is, whatever its name says.</summary>
public enum SniffedFormat
{
    /// <summary>No bytes.</summary>
    Empty,

    /// <summary>An Office Open XML word-processing package (.docx, .docm, .dotx).</summary>
    WordOpenXml,

    /// <summary>Another Office Open XML package (workbook, presentation).</summary>
    OtherOpenXml,

    /// <summary>A zip archive that is not an Office document.</summary>
    Zip,

    /// <summary>A zip archive whose directory cannot be read (cut short or damaged).</summary>
    DamagedZip,

    /// <summary>A Word 97–2003 document inside an OLE compound file.</summary>
    LegacyWord,

    /// <summary>An encrypted Office Open XML document (an OLE compound file with EncryptionInfo).</summary>
    EncryptedOpenXml,

    /// <summary>Another OLE compound file (legacy Excel or PowerPoint, or damaged).</summary>
    OtherCompound,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>Rich Text Format.</summary>
    Rtf,

    /// <summary>Text (plain, HTML, XML).</summary>
    Text,

    /// <summary>Anything else.</summary>
    Unknown,
}
