using System.IO.Compression;
using System.Text;
using DocCheck.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Cli.Evaluation.Mutations.Word;

/// <summary>
/// A Word file held in memory to make many edited copies quickly: its zip entries are read once; each copy parses
/// the main document part into the Open XML SDK's typed tree, applies the edits (<see cref="WordCopy"/>) and zips
/// the part back with every other entry byte for byte, stored uncompressed. Opening and saving the whole package
/// through the SDK for each copy cost twice as much as checking it. The part is parsed once per thread and cloned
/// for each copy (parsing it took most of the time); copies can be made on any thread.
/// </summary>
internal sealed class WordPackage : IDisposable
{
    private readonly List<(string Name, byte[] Content)> _entries;
    private readonly string _documentEntry;
    private readonly ThreadLocal<Document> _parsed;

    private WordPackage(List<(string Name, byte[] Content)> entries, string documentEntry)
    {
        _entries = entries;
        _documentEntry = documentEntry;
        _parsed = new ThreadLocal<Document>(Parse);
    }

    /// <summary>Reads a Word file's entries and finds its main document part.</summary>
    public static WordPackage Read(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        string documentEntry;
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false))
        {
            documentEntry = word.MainDocumentPart?.Uri.OriginalString.TrimStart('/')
                ?? throw new InvalidDataException("The file has no main document part.");
        }

        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            entries.Add((entry.FullName, content.ToArray()));
        }

        if (!entries.Any(e => e.Item1 == documentEntry))
        {
            throw new InvalidDataException($"The main document part {documentEntry} is not in the zip.");
        }

        return new WordPackage(entries, documentEntry);
    }

    /// <summary>A copy with the edits applied, or null with the reason when an edit cannot be placed.</summary>
    public (byte[]? Bytes, string? Failure) Apply(ReportDocument document, IReadOnlyList<MutationEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(edits);
        var root = (Document)(_parsed.Value ?? Parse()).CloneNode(deep: true);
        if (root.Body is not { } body)
        {
            return (null, "文档没有正文");
        }

        if (WordCopy.Apply(body, document, edits) is { } failure)
        {
            return (null, failure);
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                using var stream = entry.Open();
                stream.Write(name == _documentEntry
                    ? Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + root.OuterXml)
                    : content);
            }
        }

        return (output.ToArray(), null);
    }

    public void Dispose() => _parsed.Dispose();

    private Document Parse()
    {
        var xml = Encoding.UTF8.GetString(_entries.First(e => e.Name == _documentEntry).Content).TrimStart('\uFEFF');
        if (xml.StartsWith("<?xml", StringComparison.Ordinal))
        {
            xml = xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
        }

        var document = new Document(xml);
        _ = document.Descendants().Count(); // load the whole tree now, once, rather than in every clone
        return document;
    }
}
