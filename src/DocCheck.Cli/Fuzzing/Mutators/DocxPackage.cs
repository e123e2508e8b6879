using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// A Word file's parts, in their order, for the XML mutators: read it, change a part, write a well-formed zip again
/// (so that the mutation reaches the XML readers instead of stopping at the zip layer).
/// </summary>
internal sealed class DocxPackage
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Document = "word/document.xml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private DocxPackage(List<KeyValuePair<string, byte[]>> parts) => Parts = parts;

    public List<KeyValuePair<string, byte[]>> Parts { get; }

    /// <summary>The parts of a zip; null when the content is not one (another mutator broke it already).</summary>
    public static DocxPackage? Read(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var parts = new List<KeyValuePair<string, byte[]>>();
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                parts.Add(new(entry.FullName, copy.ToArray()));
            }

            return new DocxPackage(parts);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    public string? Text(string name) => Parts.FirstOrDefault(p => p.Key == name) is { Value: { } bytes } ? Utf8.GetString(bytes) : null;

    public void SetText(string name, string text) => Set(name, Utf8.GetBytes(text));

    public void Set(string name, byte[] content)
    {
        var index = Parts.FindIndex(p => p.Key == name);
        if (index < 0)
        {
            Parts.Add(new(name, content));
        }
        else
        {
            Parts[index] = new(name, content);
        }
    }

    /// <summary>The names of the XML parts, document.xml first.</summary>
    public IEnumerable<string> XmlParts() =>
        Parts.Select(p => p.Key).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal))
            .OrderBy(n => n == Document ? 0 : 1);

    /// <summary>One XML part, parsed; null when it is missing or not well-formed.</summary>
    public XDocument? Xml(string name)
    {
        try
        {
            return Text(name) is { } text ? XDocument.Parse(text, LoadOptions.PreserveWhitespace) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public void SetXml(string name, XDocument xml) =>
        SetText(name, (xml.Declaration is { } declaration ? declaration + "\n" : string.Empty) + xml.ToString(SaveOptions.DisableFormatting));

    public byte[] Write()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in Parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>A part to mutate: document.xml most of the time, as that is where the reader spends its effort.</summary>
    public string? PickXmlPart(Random random)
    {
        var names = XmlParts().ToList();
        if (names.Count == 0)
        {
            return null;
        }

        return names[0] == Document && random.Next(3) != 0 ? Document : names[random.Next(names.Count)];
    }
}
