using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocCheck.Ingest;

namespace DocCheck.Cli.Bench;

/// <summary>
/// Byte-different copies of a report with the same content, so that a benchmark is not served from the result
/// cache (a file is checked once per content hash): a Word file gets a zip comment, a PDF a comment after its end.
/// Neither changes what a reader sees.
/// </summary>
internal static class UniqueCopies
{
    public static byte[] Make(byte[] original, int copyNumber)
    {
        var marker = string.Create(CultureInfo.InvariantCulture, $"doccheck-bench-copy-{copyNumber}");
        return FormatSniffer.Sniff(original) switch
        {
            SniffedFormat.WordOpenXml => WithZipComment(original, marker),
            SniffedFormat.Pdf => [.. original, .. Encoding.ASCII.GetBytes($"\n%{marker}\n")],
            var other => throw new InvalidOperationException($"Cannot make a copy of a {other} file."),
        };
    }

    private static byte[] WithZipComment(byte[] original, string comment)
    {
        using var buffer = new MemoryStream();
        buffer.Write(original);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.Comment = comment;
        }

        return buffer.ToArray();
    }
}
