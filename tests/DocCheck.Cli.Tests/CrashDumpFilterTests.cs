using DocCheck.Cli.Commands;

namespace DocCheck.Cli.Tests;

/// <summary>The supervisor's filter on its child's stderr: everything passes unchanged except the runtime's crash dump.</summary>
public sealed class CrashDumpFilterTests
{
    private static (string Passed, CrashDumpFilter Filter) Run(params string[] pieces)
    {
        using var passed = new StringWriter();
        var filter = new CrashDumpFilter(passed);
        foreach (var piece in pieces)
        {
            filter.Write(piece);
        }

        filter.Complete();
        return (passed.ToString(), filter);
    }

    [Fact]
    public void ProgressAndMessages_PassUnchanged()
    {
        var text = "上次运行在检查 1 个文件时意外中断（a.pdf）；将逐个单独重试。\n\r[1/3]  33.3 %  1.0 份/秒  剩余 00:02  a.pdf\r[3/3] 100.0 %  1.0 份/秒  剩余 00:00   \n";
        var (passed, filter) = Run(text[..20], text[20..41], text[41..]);
        Assert.Equal(text, passed);
        Assert.False(filter.Dumping);
    }

    [Theory]
    [InlineData("Stack overflow.\nRepeated 524072 times:\n--------------------------------\n   at X.Recurse(Int32)\n")]
    [InlineData("Unhandled exception. System.InvalidOperationException: boom\n   at X.Y()\n")]
    [InlineData("Fatal error. Internal CLR error. (0x80131506)\n")]
    [InlineData("Process terminated. DOCCHECK_TEST_FAULTS: failfast on a.pdf\n   at System.Environment.FailFast(System.String)\n")]
    public void RuntimeDump_RightAfterAProgressLine_IsKeptAside(string dump)
    {
        var progress = "\r[1/3]  33.3 %  1.0 份/秒  剩余 00:02  a.pdf";

        // Cut anywhere, even inside the header: the filter must not let a piece of it through.
        for (var cut = 1; cut < 30; cut += 7)
        {
            var stream = progress + dump;
            var (passed, filter) = Run(stream[..(progress.Length + cut)], stream[(progress.Length + cut)..]);
            Assert.Equal(progress, passed);
            Assert.Equal(dump, filter.Dump);
            Assert.False(filter.AtLineStart);
        }
    }

    [Fact]
    public void FramesAtALineStart_StartADump_FramesInsideALineDoNot()
    {
        var (passed, filter) = Run("一行说明\n", "  ", " at X.Y()\n   at X.Z()\n");
        Assert.Equal("一行说明\n", passed);
        Assert.Equal("   at X.Y()\n   at X.Z()\n", filter.Dump);
        Assert.True(filter.AtLineStart);

        var (plain, notDumping) = Run("路径 a   at b.pdf\n");
        Assert.Equal("路径 a   at b.pdf\n", plain);
        Assert.False(notDumping.Dumping);
    }

    [Fact]
    public void TextThatOnlyBeginsLikeAHeader_IsHeldUntilTheNextPieceDecides()
    {
        using var passed = new StringWriter();
        var filter = new CrashDumpFilter(passed);
        filter.Write("\r[1/2]  50.0 %  报告.PDF");
        Assert.Equal("\r[1/2]  50.0 %  报告.PD", passed.ToString()); // "F" could begin "Fatal error."
        filter.Write("\r[1/2]  50.0 %  Stack");
        Assert.Equal("\r[1/2]  50.0 %  报告.PDF\r[1/2]  50.0 %  ", passed.ToString());
        filter.Write("s.docx\n");
        filter.Complete();
        Assert.Equal("\r[1/2]  50.0 %  报告.PDF\r[1/2]  50.0 %  Stacks.docx\n", passed.ToString());
        Assert.False(filter.Dumping);
    }

    [Fact]
    public void HugeDump_IsCut()
    {
        var (_, filter) = Run("Stack overflow.\n", new string('x', CrashDumpFilter.MaxDumpChars));
        Assert.Equal(CrashDumpFilter.MaxDumpChars, filter.Dump.Length);
        Assert.True(filter.DumpTruncated);
    }
}
