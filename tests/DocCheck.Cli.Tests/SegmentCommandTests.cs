using System.Text.Json;
using DocCheck.Language;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests;

/// <summary>
/// doccheck segment / keywords. One class, so its tests run one after another: the last one changes
/// DOCCHECK_JIEBA_DATA for a moment.
/// </summary>
public sealed class SegmentCommandTests
{
    private static void RequireJieba()
    {
        if (JiebaSegmenter.TryLoad(JiebaOptions.JiebaOnly, out _, out var problem))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("DOCCHECK_ALLOW_MISSING_JIEBA") == "1")
        {
            Assert.Skip(problem);
        }

        Assert.Fail(problem + " (CI installs python3-jieba)");
    }

    [Fact]
    public void Segment_PrintsOneCompactJsonArrayPerLine_WithTheDomainDictionary()
    {
        RequireJieba();
        var run = CliRun.WithInput("预算执行率为91.86%。\n\"引号\"\t😀\n", "segment");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[\"预算执行率\",\"为\",\"91.86%\",\"。\"]\n[\"\\\"\",\"引号\",\"\\\"\",\"\\t\",\"😀\"]\n", run.Stdout);
    }

    [Fact]
    public void Segment_ReadsAFile_InTheModeAsked()
    {
        RequireJieba();
        var path = Path.Combine(RepoPaths.Corpus, "sources", "r08-hotline-upgrade-selfeval-2021.txt");
        var run = CliRun.Of("segment", "--mode", "search", "--no-domain-dict", path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(File.ReadAllText(path).TrimEnd('\n').Split('\n').Length, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public void Segment_RejectsAnUnknownMode()
    {
        Assert.Equal(64, CliRun.Of("segment", "--mode", "fast").ExitCode);
    }

    [Fact]
    public void Keywords_PrintWordTabWeight_OrJson()
    {
        RequireJieba();
        var path = Path.Combine(RepoPaths.Corpus, "sources", "r01-school-renovation-2022.txt");
        var run = CliRun.Of("keywords", "--top", "3", "--no-domain-dict", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("学校\t0.160388\n改造\t0.137544\n项目\t0.126792\n", run.Stdout); // jieba.analyse.extract_tags, rounded

        var json = CliRun.Of("keywords", "--top", "1", "--json", "--no-domain-dict", path);
        Assert.Equal("[{\"word\":\"学校\",\"weight\":0.16038755851504974}]\n", json.Stdout);
    }

    [Fact]
    public void WithoutJiebaData_SegmentExits69_WithTheChineseReason()
    {
        var before = Environment.GetEnvironmentVariable(JiebaOptions.DataDirectoryVariable);
        try
        {
            Environment.SetEnvironmentVariable(JiebaOptions.DataDirectoryVariable, "/nonexistent/jieba");
            var run = CliRun.WithInput("中文", "segment");
            Assert.Equal(69, run.ExitCode);
            Assert.StartsWith("未找到 jieba 词典（python3-jieba）", run.Stderr, StringComparison.Ordinal);
            Assert.Empty(run.Stdout);
        }
        finally
        {
            Environment.SetEnvironmentVariable(JiebaOptions.DataDirectoryVariable, before);
        }
    }
}
