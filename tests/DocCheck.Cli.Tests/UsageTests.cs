namespace DocCheck.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "a.docx", "b.docx")]
    [InlineData("check", "a.docx", "--format", "pdf")]
    [InlineData("check", "a.docx", "--colour")]
    public void Mistakes_ExitWithTheUsageCode(params string[] args)
    {
        Assert.Equal(64, CliRun.Of(args).ExitCode);
    }

    [Fact]
    public void Help_DocumentsTheExitCodes()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("退出码：0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("doccheck check <文件>", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("doccheck segment", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("69 所需数据不可用", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_ListsTheCatalog()
    {
        var run = CliRun.Of("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(23, run.Stdout.TrimEnd().Split('\n').Length);
        Assert.Contains("rate.mismatch", run.Stdout, StringComparison.Ordinal);
    }
}
