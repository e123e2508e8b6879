using System.IO.Compression;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests;

/// <summary>doccheck scan end to end: summary on stdout, summaries written, exit codes, resume.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-scan-cli-").FullName;

    public ScanCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "in"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, "in", name);

    private void Copy(string corpusName) => File.Copy(Path.Combine(RepoPaths.Corpus, "docx", corpusName + ".docx"), In(corpusName + ".docx"));

    [Fact]
    public void CleanReportsOnly_ExitZero()
    {
        Copy("r01-school-renovation-2022");
        var run = CliRun.Of("scan", Path.Combine(_folder, "in"), "--jobs", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("结论：通过 1 · 建议完善 0 · 退回修改 0 · 未能审核 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[1/1]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorFindings_ExitOne_UnreadableFileWinsWithTwo_AndSecondRunReusesAll()
    {
        Copy("r01-school-renovation-2022");
        Copy("r02-farmland-subsidy-selfeval-2023");
        var xlsx = Path.Combine(_folder, "汇总.xlsx");
        var html = Path.Combine(_folder, "汇总.html");
        var first = CliRun.Of("scan", Path.Combine(_folder, "in"), "--out", xlsx, "--html", html);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("本次审核 2 份，沿用已有结果 0 份", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("rate.mismatch", first.Stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);

        File.WriteAllBytes(In("broken.docx"), BadFiles.Truncated(File.ReadAllBytes(In("r01-school-renovation-2022.docx"))));
        var second = CliRun.Of("scan", Path.Combine(_folder, "in"));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("本次审核 0 份，沿用已有结果 2 份", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.docx — 无法读取：", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithEscapingEntry_ExitTwo_AndListsIt()
    {
        var zip = Path.Combine(_folder, "archive.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx"), "../evil.docx");
            archive.CreateEntryFromFile(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx"), "ok/r01.docx");
        }

        var run = CliRun.Of("scan", zip, "--state", Path.Combine(_folder, "state.sqlite"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("../evil.docx — 已拒绝", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "state.sqlite")));
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "many")]
    [InlineData("--out", "summary.csv")]
    public void BadOptions_AreUsageErrors(string option, string value)
    {
        var run = CliRun.Of("scan", Path.Combine(_folder, "in"), option, value);
        Assert.Equal(64, run.ExitCode);
    }

    [Fact]
    public void SingleReport_IsAUsageError_PointingToCheck()
    {
        Copy("r01-school-renovation-2022");
        var run = CliRun.Of("scan", In("r01-school-renovation-2022.docx"));
        Assert.Equal(64, run.ExitCode);
        Assert.Contains("doccheck check", run.Stderr, StringComparison.Ordinal);
    }
}
