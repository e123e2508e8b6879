using System.IO.Compression;
using DocCheck.Testing;

namespace DocCheck.Bulk.Tests;

/// <summary>A temporary archive folder built from corpus files, a corrupt file, a mislabelled one and bystanders.</summary>
internal sealed class ScanFolder : IDisposable
{
    public const string Clean = "2022/r01-school-renovation-2022.docx";
    public const string Farmland = "2023/r02-farmland-subsidy-selfeval-2023.docx";
    public const string FarmlandCopy = "2023/副本/r02-farmland-subsidy-selfeval-2023.docx";
    public const string CloudPdf = "2021/r03-gov-cloud-ops-2021.pdf";
    public const string Mislabelled = "2020/r05-rural-roads-2020（其实是PDF）.docx";
    public const string Broken = "2022/损坏的报告.docx";

    public ScanFolder()
    {
        Root = Directory.CreateTempSubdirectory("doccheck-scan-").FullName;
        Write(Clean, Docx("r01-school-renovation-2022"));
        Write(Farmland, Docx("r02-farmland-subsidy-selfeval-2023"));
        Write(FarmlandCopy, Docx("r02-farmland-subsidy-selfeval-2023"));
        Write(CloudPdf, Pdf("r03-gov-cloud-ops-2021"));
        Write(Mislabelled, Pdf("r05-rural-roads-2020"));
        Write(Broken, BadFiles.Truncated(Docx("r01-school-renovation-2022")));
        Write("2022/说明.txt", "不是报告"u8.ToArray());
        Write("2022/~$损坏的报告.docx", [0, 1, 2]);
    }

    public string Root { get; }

    /// <summary>The files picked up, in path order.</summary>
    public static IReadOnlyList<string> Reports { get; } = [.. new[] { Clean, Farmland, FarmlandCopy, CloudPdf, Mislabelled, Broken }.Order(StringComparer.Ordinal)];

    public static byte[] Docx(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "docx", name + ".docx"));

    public static byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", name + ".pdf"));

    /// <summary>Findings the reviewed expectations hold for a corpus report.</summary>
    public static int ExpectedFindings(string name) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "expected", name + ".findings.txt")).Count(l => l.Length > 0);

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public void Write(string relative, byte[] content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
