using DocCheck.Extract.Figures;
using DocCheck.Extract.Scores;

namespace DocCheck.Corpus.Tests;

/// <summary>What the two real reports contain, as the issue lists it — each point verified on the rebuilt Word files.</summary>
public sealed class SeedReportTests
{
    private const string Seed003 = "seed-003-comprehensive-affairs-2020";
    private const string Seed000 = "seed-000-hall-running-costs-2021";

    [Fact]
    public void Seed003_ExecutionRate91_76_IsConsistent()
    {
        var result = CorpusReports.Check(Seed003);

        Assert.Contains(result.Facts.Rates, r => r.Kind == RateKind.Execution && r.Stated.Printed == "91.76%");
        Assert.Contains(result.Run.Checks, c => c.RuleId == "rate.mismatch" && c.Subject.StartsWith("预算执行率", StringComparison.Ordinal) && c.Consistent);
        Assert.DoesNotContain(result.Run.Findings, f => f.Claimed == "91.76%");
    }

    [Fact]
    public void Seed003_Balance45_99_IsConsistent()
    {
        var result = CorpusReports.Check(Seed003);

        Assert.Contains(result.Facts.Figures, f => f.Role == FigureRole.Balance && f.Number.Printed == "45.99万元");
        Assert.Contains(result.Run.Checks, c => c.RuleId == "balance.mismatch" && c.Consistent);
        Assert.DoesNotContain(result.Run.Findings, f => f.RuleId == "balance.mismatch");
    }

    [Fact]
    public void Seed003_ElevenExpenditureItems_AddUpTo512_02()
    {
        var result = CorpusReports.Check(Seed003);

        var breakdown = Assert.Single(result.Facts.Sums, s => s.Kind == SumKind.Breakdown);
        Assert.Equal("512.02万元", breakdown.Total.Number.Printed);
        Assert.Equal(11, breakdown.Parts.Count);
        Assert.Contains(result.Run.Checks, c => c is { RuleId: "sum.mismatch", Subject: "支出明细", Consistent: true });
    }

    [Fact]
    public void Seed003_BudgetAdjustment670_64Minus57_63Minus55_Is558_01()
    {
        var result = CorpusReports.Check(Seed003);

        var adjustment = Assert.Single(result.Facts.Sums, s => s.Kind == SumKind.Adjustment);
        Assert.Equal("558.01万元", adjustment.Total.Number.Printed);
        Assert.Equal(["670.64万元", "57.63万元", "55万元"], adjustment.Parts.Select(p => p.Number.Printed));
        Assert.Contains(result.Run.Checks, c => c is { RuleId: "sum.mismatch", Subject: "调整后预算", Consistent: true });
    }

    [Fact]
    public void Seed003_TableUse558_01_ConflictsWithProseSpending512_02()
    {
        var finding = Assert.Single(CorpusReports.Check(Seed003).Run.Findings, f => f.RuleId == "figure.conflict");

        Assert.Equal("实际支出", finding.Subject);
        Assert.Contains(finding.Evidence, e => e.Location.IsCell && e.Quote == "558.01");
        Assert.Contains(finding.Evidence, e => !e.Location.IsCell && e.Quote.Contains("512.02万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed003_ScoringTableCoversOnly45Of100_SoThe97CannotBeVerified()
    {
        var result = CorpusReports.Check(Seed003);

        var finding = Assert.Single(result.Run.Findings, f => f.RuleId == "table.incomplete");
        Assert.Equal("45分", finding.Claimed);
        Assert.Contains("97分", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Run.Findings, f => f.RuleId == "score.total-mismatch");
    }

    [Fact]
    public void Seed003_1648Of2074_Is79_46Percent_NotThe80Stated()
    {
        var finding = Assert.Single(CorpusReports.Check(Seed003).Run.Findings, f => f.RuleId == "rate.mismatch");

        Assert.Equal("80%", finding.Claimed);
        Assert.Equal("79.46%", finding.Computed);
    }

    [Fact]
    public void Seed000_ActualValuesRepeatTheTargets()
    {
        var result = CorpusReports.Check(Seed000);
        var repeated = result.Run.Findings.Where(f => f.RuleId == "indicator.target-equals-actual").Select(f => f.Subject).ToList();

        // Ten rows repeat their targets; three of them repeat a plain value (100% against 100%), which a row that
        // met its target exactly also prints, so only the seven copied phrases and comparators are findings.
        Assert.Equal(7, repeated.Count);
        Assert.DoesNotContain("保洁人员清扫卫生覆盖率", repeated);
        Assert.DoesNotContain("进驻单位", repeated);
        Assert.DoesNotContain("进驻事项", repeated);
    }

    [Fact]
    public void Seed000_NineMonthFiguresStandInAnAnnualReport()
    {
        var result = CorpusReports.Check(Seed000);

        Assert.Equal(2021, result.Facts.Year);
        Assert.Contains(result.Run.Findings, f => f.RuleId == "period.mismatch" && f.Claimed == "2021年1-9月");
    }

    [Fact]
    public void Seed000_Claimed100AndExcellent_AgreeWithItsOwnBands()
    {
        var result = CorpusReports.Check(Seed000);

        var bands = result.Facts.StatedBands;
        Assert.NotNull(bands);
        Assert.Equal(90m, bands.LowerEdges[Grade.Excellent]);
        Assert.Equal(80m, bands.LowerEdges[Grade.Good]);
        Assert.Equal(60m, bands.LowerEdges[Grade.Fair]);
        Assert.Contains(result.Facts.TotalScores, s => s.Score.Value == 100m);
        Assert.Contains(result.Facts.Grades, g => g.Grade == Grade.Excellent);
        Assert.Contains(result.Run.Checks, c => c is { RuleId: "grade.mismatch", Consistent: true });
        Assert.DoesNotContain(result.Run.Findings, f => f.RuleId == "grade.mismatch");
    }

    [Fact]
    public void Seed000_IndicatorTable_IsUnderstoodWithGroupsAndWeights()
    {
        var table = Assert.Single(CorpusReports.Check(Seed000).Facts.IndicatorTables);

        Assert.Equal(13, table.Indicators.Count);
        Assert.Equal(["产出指标", "效益指标", "满意度指标", "执行率指标"], table.Groups.Where(g => g.Level == 1).Select(g => g.Name));
        Assert.Equal([50m, 30m, 10m, 10m], table.Groups.Where(g => g.Level == 1).Select(g => g.Weight!.Value));
        Assert.Contains(table.Indicators, i => i.ShortName == "进驻事项" && i.Level2 == "可持续影响指标" && i.Target == "≥300项" && i.Actual == "653项");
    }
}
