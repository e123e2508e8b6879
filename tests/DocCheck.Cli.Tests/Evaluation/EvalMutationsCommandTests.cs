using DocCheck.Testing;

namespace DocCheck.Cli.Tests.Evaluation;

public sealed class EvalMutationsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-eval-mutations-").FullName;

    public EvalMutationsCommandTests() =>
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", "r02-farmland-subsidy-selfeval-2023.docx"), Path.Combine(_folder, "r02.docx"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PrintsOneRowPerRuleAsked_AndTheTotal_WithProgressOnStderr()
    {
        var run = CliRun.Of("eval-mutations", _folder, "--rules", "indicator.actual-missing,section.missing", "--max", "2", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.Split('\n').Where(l => l.StartsWith("indicator.", StringComparison.Ordinal) || l.StartsWith("section.", StringComparison.Ordinal) || l.StartsWith("合计", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Matches(@"^indicator\.actual-missing\s+2\s+2\s+0\s+0\s+0\s+0\s+0\s+1\.000\s+1\.000$", rows[0]);
        Assert.Matches(@"^section\.missing\s+2\s+2\s+0\s+0\s+0\s+0\s+0\s+1\.000\s+1\.000$", rows[1]);
        Assert.Contains("[4/4]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_ListsEachMissedVariant_WithFilePlaceAndWhatWasPlanted()
    {
        // Nine months put on a sentence that gives no figure of its own (项目主要内容包括…) is one the engine still misses.
        var folder = WithReport("r03-gov-cloud-ops-2021.docx");
        var run = CliRun.Of("eval-mutations", folder, "--rules", "period.mismatch", "--max", "1", "--verbose");

        var line = Assert.Single(run.Stdout.Split('\n'), l => l.StartsWith("漏报", StringComparison.Ordinal));
        Assert.Contains("period.mismatch  r03-gov-cloud-ops-2021.docx  P8", line, StringComparison.Ordinal);
        Assert.Contains("2021年度 → 2021年1-9月", line, StringComparison.Ordinal);
    }

    /// <summary>A folder of its own holding one corpus report under its own name (the name seeds which variants are drawn).</summary>
    private string WithReport(string name)
    {
        var folder = Path.Combine(_folder, "one");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepoPaths.Corpus, "docx", name), Path.Combine(folder, name));
        return folder;
    }

    [Fact]
    public void SaveVariants_WritesTheMissedVariantsAsWordFiles_ThatCheckReads()
    {
        var saved = Path.Combine(_folder, "variants");

        CliRun.Of("eval-mutations", WithReport("r03-gov-cloud-ops-2021.docx"), "--rules", "period.mismatch", "--max", "1", "--save-variants", saved);

        var file = Assert.Single(Directory.GetFiles(saved));
        Assert.EndsWith(".period.mismatch.docx", file, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Of("check", file).ExitCode);
    }

    [Theory]
    [InlineData("--rules", "score.rate-cap")]
    [InlineData("--max", "-1")]
    public void UnplantableRulesAndBadNumbers_AreUsageErrors(string option, string value)
    {
        var run = CliRun.Of("eval-mutations", _folder, option, value);

        Assert.Equal(64, run.ExitCode);
    }
}
