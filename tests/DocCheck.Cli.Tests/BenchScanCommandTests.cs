using System.Security.Cryptography;
using DocCheck.Cli.Commands;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests;

/// <summary>The benchmark's unique copies: different bytes, the same findings.</summary>
public sealed class BenchScanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-bench-copies-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("docx/r02-farmland-subsidy-selfeval-2023.docx")]
    [InlineData("pdf/libreoffice/r02-farmland-subsidy-selfeval-2023.pdf")]
    public void UniqueCopy_HasOtherBytes_AndTheSameFindings(string corpusFile)
    {
        var original = Path.Combine(RepoPaths.Corpus, corpusFile);
        var copy = Path.Combine(_folder, Path.GetFileName(corpusFile));
        File.Copy(original, copy);
        BenchScanCommand.MakeUnique(copy, "doccheck-bench-copy-7");

        Assert.NotEqual(SHA256.HashData(File.ReadAllBytes(original)), SHA256.HashData(File.ReadAllBytes(copy)));
        var expected = DocChecker.Default.Check(DocumentSource.FromFile(original)).Run.Findings.Select(f => f.ToString());
        var actual = DocChecker.Default.Check(DocumentSource.FromFile(copy)).Run.Findings.Select(f => f.ToString());
        Assert.Equal(expected, actual);
    }
}
