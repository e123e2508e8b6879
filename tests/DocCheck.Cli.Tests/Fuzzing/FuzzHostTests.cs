using System.Text;
using DocCheck.CheckHost;
using DocCheck.Cli.Fuzzing;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests.Fuzzing;

/// <summary>
/// The fuzzer's judge: a healthy file is checked or refused with a reason, and each way a check process can fail —
/// crash, hang, memory — is told apart (with the host's deliberate faults, so no real bug is needed).
/// </summary>
public sealed class FuzzHostTests
{
    private static readonly Dictionary<string, string> Faults = new() { [TestFaults.EnvironmentVariable] = "1" };

    [Fact]
    public void AReport_IsChecked()
    {
        var outcome = ChildCheck.Of(File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "docx", "seed-000-hall-running-costs-2021.docx")), ".docx");

        Assert.Equal(FuzzVerdict.Checked, outcome.Verdict);
        Assert.False(outcome.Verdict.IsFinding());
        Assert.InRange(outcome.PeakMegabytes, 1, 1024);
    }

    [Fact]
    public void Garbage_IsUnreadable_WithItsReason()
    {
        var outcome = ChildCheck.Of(BadFiles.RandomBytes(), ".docx");

        Assert.Equal(FuzzVerdict.Unreadable, outcome.Verdict);
        Assert.Contains("无法识别", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStackOverflow_IsACrash_WithTheStackKept()
    {
        var outcome = ChildCheck.Of(Encoding.ASCII.GetBytes("DOCCHECK-FAULT:crash"), ".docx", environment: Faults);

        Assert.Equal(FuzzVerdict.Crashed, outcome.Verdict);
        Assert.Contains("栈溢出", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains(outcome.Stderr, l => l.Contains("TestFaults.Recurse", StringComparison.Ordinal));
        Assert.Contains("TestFaults.Recurse", outcome.Signature, StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckPastTheTimeLimit_IsAHang()
    {
        var limits = FuzzLimits.Default with { TimeLimit = TimeSpan.FromSeconds(3) };

        var outcome = ChildCheck.Of(Encoding.ASCII.GetBytes("DOCCHECK-FAULT:hang"), ".docx", limits, Faults);

        Assert.Equal(FuzzVerdict.Hung, outcome.Verdict);
        Assert.InRange(outcome.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ACheckPastTheMemoryLimit_IsAMemoryFinding()
    {
        var limits = FuzzLimits.Default with { MemoryMegabytes = 256 };

        var outcome = ChildCheck.Of(Encoding.ASCII.GetBytes("DOCCHECK-FAULT:memory"), ".docx", limits, Faults);

        Assert.Equal(FuzzVerdict.Memory, outcome.Verdict);
    }
}
