using DocCheck.Pipeline;
using DocCheck.Review.Summary;

namespace DocCheck.Bulk.Tests;

public sealed class ZipInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-zip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteZip(params (string Name, byte[] Content)[] entries)
    {
        var path = Path.Combine(_folder, "2023年度.zip");
        File.WriteAllBytes(path, ScanFolder.Zip(entries));
        return path;
    }

    [Theory]
    [InlineData("../evil.docx")]
    [InlineData("a/../../evil.docx")]
    [InlineData("a\\..\\evil.docx")]
    [InlineData("/etc/evil.docx")]
    [InlineData("\\evil.docx")]
    [InlineData("C:/evil.docx")]
    [InlineData("c:evil.docx")]
    public void EscapingPaths_AreRejected(string name) => Assert.NotNull(ZipInput.EscapeReason(name));

    [Theory]
    [InlineData("evil.docx")]
    [InlineData("2023/报告..docx")]
    [InlineData("a/b/..c/d.pdf")]
    public void InsidePaths_AreAccepted(string name) => Assert.Null(ZipInput.EscapeReason(name));

    [Fact]
    public void ZipScan_ChecksEntriesFromBytes_AndListsRejectedOnes()
    {
        var docx = ScanFolder.Docx("r02-farmland-subsidy-selfeval-2023");
        var zip = WriteZip(
            ("2023/r02.docx", docx),
            ("../evil.docx", docx),
            ("/abs/evil.pdf", ScanFolder.Pdf("r03-gov-cloud-ops-2021")),
            ("2021/r03.pdf", ScanFolder.Pdf("r03-gov-cloud-ops-2021")),
            ("readme.txt", "x"u8.ToArray()));
        using var input = ScanInput.Open(zip);
        Assert.Equal(Path.Combine(_folder, "2023年度.doccheck-scan.sqlite"), input.DefaultStatePath);
        using var state = ScanState.Open(input.DefaultStatePath);
        var result = new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = 2 }).Scan(input, state);

        var rows = result.Summary.Reports.ToDictionary(r => r.Path);
        Assert.Equal(["../evil.docx", "/abs/evil.pdf", "2021/r03.pdf", "2023/r02.docx"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ScanStatus.Rejected, rows["../evil.docx"].Status);
        Assert.Contains("..", rows["../evil.docx"].Reason, StringComparison.Ordinal);
        Assert.Equal(ScanStatus.Rejected, rows["/abs/evil.pdf"].Status);
        Assert.Equal(ScanStatus.Checked, rows["2023/r02.docx"].Status);
        Assert.Equal(ScanStatus.Checked, rows["2021/r03.pdf"].Status);
        Assert.Equal(1, result.Ignored);
        Assert.False(File.Exists(Path.Combine(_folder, "evil.docx")));
        Assert.False(Directory.Exists(Path.Combine(_folder, "2023")));
    }

    [Fact]
    public void EntriesOverTheLimit_FailWithTheirReason_WithoutInflating()
    {
        var zip = WriteZip(("big.docx", new byte[200_000]), ("r02.docx", ScanFolder.Docx("r02-farmland-subsidy-selfeval-2023")));
        using var input = ScanInput.Open(zip, maxFileBytes: 100_000);
        var result = new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = 1 }).Scan(input, state: null);
        var big = result.Summary.Reports.Single(r => r.Path == "big.docx");
        Assert.Equal(ScanStatus.Unreadable, big.Status);
        Assert.Contains("超过上限", big.Reason, StringComparison.Ordinal);
        Assert.Equal(ScanStatus.Checked, result.Summary.Reports.Single(r => r.Path == "r02.docx").Status);
    }

    [Fact]
    public void CorruptZip_IsRefusedInOneLine()
    {
        var path = Path.Combine(_folder, "broken.zip");
        File.WriteAllBytes(path, ScanFolder.Zip(("a.docx", ScanFolder.Docx("r01-school-renovation-2022")))[..100]);
        var error = Assert.Throws<InvalidDataException>(() => ScanInput.Open(path));
        Assert.Contains("压缩包", error.Message, StringComparison.Ordinal);
    }
}
