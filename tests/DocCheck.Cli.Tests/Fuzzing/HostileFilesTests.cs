using DocCheck.Cli.Fuzzing;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests.Fuzzing;

/// <summary>
/// Every input that ever crashed a check, hung it or took too much memory (found by <c>doccheck fuzz</c> or by hand)
/// stays in Hostile/, and each must now get a healthy answer from a check process: checked, or refused with one line
/// of Chinese. Hostile/README.md says where each file came from.
/// </summary>
public sealed class HostileFilesTests
{
    /// <summary>Files whose fix has not landed yet, with the reason; remove an entry when its fix is merged.</summary>
    private static readonly Dictionary<string, string> PendingFixes = new(StringComparer.Ordinal);

    /// <summary>What a file must get once fixed, beyond being healthy: a word of its reason.</summary>
    private static readonly Dictionary<string, string> ExpectedReason = new(StringComparer.Ordinal)
    {
        ["pdf-contents-inflate-to-1200mb.pdf"] = "压缩炸弹",
        ["pdf-form-xobjects-draw-each-other.pdf"] = "表单对象相互绘制",
        ["docx-nested-tables-10000.docx"] = "嵌套",
        ["docx-nested-smarttags-50000.docx"] = "嵌套",
        ["docx-nested-content-controls-50000.docx"] = "嵌套",
    };

    private static string Folder => RepoPaths.Of("tests", "DocCheck.Cli.Tests", "Hostile");

    public static IEnumerable<TheoryDataRow<string>> Files() =>
        Directory.EnumerateFiles(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.EndsWith(".docx", StringComparison.Ordinal) || name.EndsWith(".pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new TheoryDataRow<string>(name) { Skip = PendingFixes.GetValueOrDefault(name) });

    [Theory]
    [MemberData(nameof(Files))]
    public void AHostileFile_GetsAHealthyAnswer(string name)
    {
        var outcome = ChildCheck.Of(File.ReadAllBytes(Path.Combine(Folder, name)), Path.GetExtension(name));

        Assert.False(outcome.Verdict.IsFinding(), $"{name}: {outcome.Verdict} {outcome.Reason}\n{string.Join('\n', outcome.Stderr.Take(12))}");
        if (ExpectedReason.TryGetValue(name, out var word))
        {
            Assert.Equal(FuzzVerdict.Unreadable, outcome.Verdict);
            Assert.Contains(word, outcome.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryPendingFix_NamesAFileThatIsThere()
    {
        foreach (var name in PendingFixes.Keys.Concat(ExpectedReason.Keys))
        {
            Assert.True(File.Exists(Path.Combine(Folder, name)), name);
        }
    }
}
