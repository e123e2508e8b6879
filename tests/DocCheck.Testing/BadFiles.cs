using System.IO.Compression;
using System.Text;
using DocCheck.Testing.Sources;

namespace DocCheck.Testing;

/// <summary>Bad input, as it arrives: each generator makes one kind of file that is not a readable report.</summary>
public static class BadFiles
{
    public static byte[] Empty() => [];

    public static byte[] RandomBytes(int length = 4096, int seed = 20261123)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    public static byte[] TextRenamed() => Encoding.UTF8.GetBytes("这是一个纯文本文件，被改名为 .docx 上传。\n项目预算45万元。\n");

    public static byte[] Truncated(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        return docx[..(docx.Length * 3 / 5)];
    }

    public static byte[] LegacyDoc() => CompoundFileBuilder.LegacyWordDocument();

    public static byte[] PasswordProtected() => CompoundFileBuilder.EncryptedOfficeDocument();

    public static byte[] Workbook() => Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] PdfHeader() => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");

    /// <summary>A Word file whose document.xml is cut mid-element.</summary>
    public static byte[] BrokenXml()
    {
        var good = DocxComposer.Compose(SourceParser.Parse("正文。"));
        using var input = new ZipArchive(new MemoryStream(good), ZipArchiveMode.Read);
        var entries = input.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        entries["word/document.xml"] = entries["word/document.xml"][..200];
        return Zip([.. entries.Select(p => (p.Key, p.Value))]);
    }

    /// <summary>A Word document with no text at all.</summary>
    public static byte[] NoText() => DocxComposer.Compose(SourceParser.Parse("[pagebreak]"));

    /// <summary>A Word file whose body is a table in a table in a table… <paramref name="depth"/> deep (4 KB zipped for 10,000).</summary>
    public static byte[] NestedTables(int depth)
    {
        var good = DocxComposer.Compose(SourceParser.Parse("正文。"));
        using var input = new ZipArchive(new MemoryStream(good), ZipArchiveMode.Read);
        var entries = input.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        var xml = entries["word/document.xml"];
        var at = xml.IndexOf("</w:body>", StringComparison.Ordinal);
        var nested = new StringBuilder(xml[..at]);
        nested.Insert(nested.Length, "<w:tbl><w:tr><w:tc>", depth);
        nested.Append("<w:p><w:r><w:t>项目预算100万元。</w:t></w:r></w:p>");
        nested.Insert(nested.Length, "</w:tc></w:tr></w:tbl><w:p/>", depth);
        entries["word/document.xml"] = nested + xml[at..];
        return Zip([.. entries.Select(p => (p.Key, p.Value))]);
    }

    /// <summary>A Word file whose document.xml inflates to <paramref name="characters"/> characters: a zip bomb.</summary>
    public static byte[] Inflating(int characters)
    {
        var good = DocxComposer.Compose(SourceParser.Parse("正文。"));
        using var input = new ZipArchive(new MemoryStream(good), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var to = copy.Open();
                if (entry.FullName == "word/document.xml")
                {
                    var xml = new StreamReader(entry.Open()).ReadToEnd();
                    var at = xml.IndexOf("</w:body>", StringComparison.Ordinal);
                    var head = Encoding.UTF8.GetBytes(xml[..at] + "<w:p><w:r><w:t xml:space=\"preserve\">");
                    to.Write(head);
                    var spaces = new byte[1 << 20];
                    Array.Fill(spaces, (byte)' ');
                    for (var written = 0; written < characters; written += spaces.Length)
                    {
                        to.Write(spaces, 0, Math.Min(spaces.Length, characters - written));
                    }

                    to.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p>" + xml[at..]));
                }
                else
                {
                    entry.Open().CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return output.ToArray();
    }
}
