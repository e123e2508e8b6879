using System.IO.Compression;

namespace DocCheck.Jobs;

/// <summary>
/// How much work a stored report is, from what can be read without parsing it: the size of a Word file's body once
/// unzipped (its central directory says so), or the size of a PDF. Check time grows with the body, not with the
/// pictures a .docx carries, so a 30 MB file of photographs is light and a 300 KB file of 100,000 paragraphs is not.
/// </summary>
public static class ReportWeight
{
    private const string Body = "word/document.xml";

    /// <summary>The report's weight in bytes; a file that cannot be opened as a zip weighs its own size.</summary>
    public static long Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var size = new FileInfo(path).Length;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry(Body)?.Length ?? size;
        }
        catch (InvalidDataException)
        {
            return size; // a PDF, or a damaged zip the check will name
        }
    }
}
