using DocCheck.Core.Findings;
using DocCheck.Extract.Scores;
using DocCheck.Testing;

namespace DocCheck.Pipeline.Tests;

public sealed class SettingsFileTests
{
    [Fact]
    public void TheExampleSettingsFile_Loads()
    {
        var settings = SettingsFile.Load(RepoPaths.Of("doccheck.settings.example.json"));

        Assert.Equal(Severity.Warning, settings.For("rate.mismatch").Severity);
        Assert.True(settings.For("score.rate-cap").Enabled);
        Assert.Equal(4, settings.RateCapBands.Count);
    }

    [Fact]
    public void ReadsEverySetting()
    {
        var settings = SettingsFile.Parse("""
            {
              "rules": { "sum.mismatch": { "enabled": false, "severity": "info", "tolerance": 0.01 } },
              "gradeBands": { "优秀": 85, "良好": 75, "合格": 60 },
              "overachievementThreshold": 0.5,
              "minorRateGap": 0.2,
              "rateCapBands": []
            }
            """);

        var sum = settings.For("sum.mismatch");
        Assert.Equal((false, Severity.Info, 0.01m), (sum.Enabled, sum.Severity, sum.Tolerance));
        Assert.Equal(Grade.Good, settings.DefaultGradeBands.GradeFor(80m));
        Assert.Equal((0.5m, 0.2m), (settings.OverachievementThreshold, settings.MinorRateGap));
        Assert.Empty(settings.RateCapBands);
        Assert.True(settings.For("rate.mismatch").Enabled);
    }

    [Theory]
    [InlineData("""{ "rules": { "no.such": {} } }""", "no.such")]
    [InlineData("""{ "rules": { "sum.mismatch": { "severity": "fatal" } } }""", "severity")]
    [InlineData("""{ "gradeBands": { "特优": 95 } }""", "特优")]
    [InlineData("""{ "rules": [ """, "格式错误")]
    public void Mistakes_AreExplainedInOneLine(string json, string mentioned)
    {
        var error = Assert.Throws<InvalidDataException>(() => SettingsFile.Parse(json));

        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }
}
