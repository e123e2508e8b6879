using System.Text.Json;
using DocCheck.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-cli-").FullName;

    private static string Corpus(string name) => Path.Combine(RepoPaths.Corpus, "docx", name + ".docx");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AReportWithErrors_ExitsOne_AndPrintsTheNoteAsMarkdown()
    {
        var run = CliRun.Of("check", Corpus("seed-003-comprehensive-affairs-2020"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("# 审核意见：综合事务项目绩效评价报告", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("## 审核结论：退回修改", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("79.46%", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AsAProgram_TheNoteIsTheSameAsInProcess()
    {
        // Run as a user runs it, the check happens in a supervised child: stdout and the exit code pass straight through.
        var inProcess = CliRun.Of("check", Corpus("seed-003-comprehensive-affairs-2020"));

        var program = DoccheckProcess.Run(new Dictionary<string, string>(), "check", Corpus("seed-003-comprehensive-affairs-2020"));

        Assert.Equal(inProcess.ExitCode, program.ExitCode);
        Assert.Equal(inProcess.Stdout, program.Stdout);
        Assert.Equal(string.Empty, program.Stderr);
    }

    [Fact]
    public void AFileThatKillsTheProcess_EndsInOneLine_WithTheDumpInALog()
    {
        var path = Path.Combine(_folder, "crash.docx");
        File.Copy(Corpus("r01-school-renovation-2022"), path);

        var run = DoccheckProcess.Run(new Dictionary<string, string> { ["DOCCHECK_TEST_FAULTS"] = "overflow:crash.docx" }, "check", path);

        Assert.Equal(70, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("crash.docx: 审核进程意外退出（栈溢出），未能审核该文件；详情见 ", line, StringComparison.Ordinal);
        var log = line[(line.IndexOf("详情见 ", StringComparison.Ordinal) + 4)..line.IndexOf('，', line.IndexOf("详情见 ", StringComparison.Ordinal))];
        try
        {
            var dump = File.ReadAllText(log);
            Assert.Contains("Stack overflow.", dump, StringComparison.Ordinal);
            Assert.Contains("   at ", dump, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void APdfReport_GetsTheSameNote_WithPagesInItsLocations()
    {
        var run = CliRun.Of("check", Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", "seed-003-comprehensive-affairs-2020.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("# 审核意见：综合事务项目绩效评价报告", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("79.46%", run.Stdout, StringComparison.Ordinal);
        Assert.Matches("——第\\d+页 ", run.Stdout);
    }

    [Fact]
    public void EvalPdf_PrintsEachReportAndATotalPerProducer()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        const string Name = "r02-farmland-subsidy-selfeval-2023";
        Directory.CreateDirectory(Path.Combine(corpus, "docx"));
        Directory.CreateDirectory(Path.Combine(corpus, "pdf", "libreoffice"));
        File.Copy(Corpus(Name), Path.Combine(corpus, "docx", Name + ".docx"));
        File.Copy(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", Name + ".pdf"), Path.Combine(corpus, "pdf", "libreoffice", Name + ".pdf"));

        var run = CliRun.Of("eval-pdf", corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("libreoffice  " + Name, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("单元格  117/117  100.0 %  发现一致", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("libreoffice  合计：1 份，单元格一致 117/117（100.00 %），发现一致 1/1 份", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ACleanReport_ExitsZero()
    {
        var run = CliRun.Of("check", Corpus("r01-school-renovation-2022"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## 审核结论：通过", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FollowsTheContract()
    {
        var run = CliRun.Of("check", Corpus("seed-003-comprehensive-affairs-2020"), "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings");
        Assert.True(findings.GetArrayLength() > 0);
        foreach (var finding in findings.EnumerateArray())
        {
            foreach (var field in new[] { "rule", "severity", "subject", "claimed", "computed", "message", "evidence" })
            {
                Assert.True(finding.TryGetProperty(field, out _), $"finding lacks {field}");
            }

            Assert.True(finding.GetProperty("evidence").GetArrayLength() > 0);
            foreach (var evidence in finding.GetProperty("evidence").EnumerateArray())
            {
                Assert.True(evidence.TryGetProperty("quote", out _));
                Assert.False(string.IsNullOrEmpty(evidence.GetProperty("location").GetProperty("text").GetString()));
            }
        }

        Assert.True(json.RootElement.GetProperty("facts").GetArrayLength() > 0);
        Assert.True(json.RootElement.GetProperty("indicators").GetArrayLength() > 0);
        Assert.Equal("return", json.RootElement.GetProperty("verdict").GetProperty("id").GetString());
    }

    [Fact]
    public void Docx_IsARealWordDocumentHoldingTheFindings()
    {
        var output = Path.Combine(_folder, "note.docx");

        var run = CliRun.Of("check", Corpus("seed-003-comprehensive-affairs-2020"), "--format", "docx", "--out", output);

        Assert.Equal(1, run.ExitCode);
        using var note = WordprocessingDocument.Open(output, false);
        var body = note.MainDocumentPart!.Document!.Body!;
        Assert.Contains("审核结论：退回修改", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("1648个 ÷ 2074个", body.InnerText, StringComparison.Ordinal);
        Assert.True(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count() >= 3);
    }

    [Fact]
    public void Settings_CanTurnRulesOff()
    {
        var settings = Path.Combine(_folder, "settings.json");
        File.WriteAllText(settings, """
            {
              // 本单位不检查这些规则
              "rules": {
                "figure.conflict": { "enabled": false },
                "rate.mismatch": { "enabled": false }
              }
            }
            """);

        var run = CliRun.Of("check", Corpus("seed-003-comprehensive-affairs-2020"), "--settings", settings);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## 审核结论：建议完善", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSettings_AreAUsageError()
    {
        var settings = Path.Combine(_folder, "settings.json");
        File.WriteAllText(settings, """{ "rules": { "no.such-rule": { "enabled": false } } }""");

        var run = CliRun.Of("check", Corpus("r01-school-renovation-2022"), "--settings", settings);

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("no.such-rule", run.Stderr, StringComparison.Ordinal);
    }
}
