using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Cli.Evaluation.Mutations.Mutators;

namespace DocCheck.Cli.Tests.Evaluation;

/// <summary>
/// Each mutator on the small report of <see cref="MutationFixture"/>: the copy differs from the report exactly where
/// and as the mutation says (read back by the Word reader), and nothing else changed.
/// </summary>
public sealed class MutatorTests
{
    private static MutationFixture Report => MutationFixture.Default;

    [Fact]
    public void RateChange_MovesAStatedRateByOnePointThree_KeepingItsDecimals()
    {
        var (mutation, changes) = Report.First(new RateChangeMutator(), m => m.Place.StartsWith("P3", StringComparison.Ordinal));

        Assert.Equal("90.00% → 91.30%", mutation.Planted);
        Assert.Equal(["P3: 90.00% → 91.30%"], changes);
    }

    [Fact]
    public void RateChange_PlantsInTheBudgetBlock_WhereTheRowsFiguresGiveTheRate()
    {
        var (_, changes) = Report.First(new RateChangeMutator(), m => m.Place.StartsWith("T1", StringComparison.Ordinal));

        Assert.Equal(["T1[r2,c7]: 90.00% → 91.30%"], changes);
    }

    [Fact]
    public void TotalChange_RaisesATotalsSecondDigit_InTheTotalRowOrTheSentence()
    {
        var mutations = Report.Plant(new TotalChangeMutator()).Where(m => m.SkipReason is null).ToList();

        Assert.Equal(["T1[r2,c3]", "T1[r2,c4]", "T1[r2,c5]", "P3"], mutations.Select(m => m.Place.Split(' ')[0]));
        Assert.Equal(["P3: 128.40 → 138.40"], Report.Changes(mutations[3]));
        Assert.Equal(["T1[r2,c5]: 115.56 → 125.56"], Report.Changes(mutations[2]));
    }

    [Fact]
    public void BalanceChange_RaisesTheBalancesFirstDigit()
    {
        var (mutation, changes) = Report.First(new BalanceChangeMutator());

        Assert.Equal("12.84 → 22.84", mutation.Planted);
        Assert.Equal(["P3: 12.84 → 22.84"], changes);
    }

    [Fact]
    public void FigureTransposition_SwapsTwoDigitsOfAFigureTheTableAlsoStates()
    {
        var (mutation, changes) = Report.First(new FigureTranspositionMutator(), m => m.Place.Contains("实际支出", StringComparison.Ordinal));

        Assert.Equal(["P3: 115.56 → 151.56"], changes);
        Assert.Contains("另见 T1[r2,c5]", mutation.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void RowScoreChanged_TakesAPointOffOneRow_LeavingTheTotal()
    {
        var (mutation, changes) = Report.First(new RowScoreChangedMutator());

        Assert.Equal(["T1[r6,c7]: 22.73 → 21.73"], changes);
        Assert.Contains(94.73m, mutation.Values); // the rows with the execution score: what the total should now be
    }

    [Fact]
    public void ScoreAboveWeight_SetsTheScoreOnePointAboveTheWeight_InTheScoresFormat()
    {
        var (_, changes) = Report.First(new ScoreAboveWeightMutator());

        Assert.Equal(["T1[r6,c7]: 22.73 → 26.00"], changes);
    }

    [Fact]
    public void WeightChanged_RaisesOneWeightByTwo()
    {
        var (_, changes) = Report.First(new WeightChangedMutator());

        Assert.Equal(["T1[r6,c6]: 25 → 27"], changes);
    }

    [Fact]
    public void GradeSwap_ReplacesTheClaimedGrade()
    {
        var (mutation, changes) = Report.First(new GradeSwapMutator());

        Assert.Equal(["P5: 优 → 良"], changes);
        Assert.Equal(["良"], mutation.Marks);
    }

    [Fact]
    public void GroupDropped_RemovesEveryRowOfOneLevel1Group_AndNothingElse()
    {
        var (_, changes) = Report.First(new GroupDroppedMutator());

        Assert.Equal(
            [
                "T1 删去行：产出指标(40分)|数量指标|培训人数|≥220人|200人|25|22.73|部分乡镇报名不足，培训班次减少",
                "T1 删去行：产出指标(40分)|质量指标|考核合格率|≥85%|90.00%|15|14|结业材料归档不全扣1分",
            ],
            changes);
    }

    [Fact]
    public void GroupDropped_RestartsAMergeThatBeganInTheDroppedRows_OnTheFirstRowKept()
    {
        // The reason cell of 培训人数 is merged down over 考核合格率 (dropped with it) and 带动就业人数 (kept).
        var report = new MutationFixture(MutationFixture.Source
            .Replace("| 结业材料归档不全扣1分 |", "| ^ |", StringComparison.Ordinal)
            .Replace("| 120人 | 30 | 30 |  |", "| 120人 | 30 | 30 | ^ |", StringComparison.Ordinal));
        var mutation = report.Plant(new GroupDroppedMutator()).First(m => m.SkipReason is null);

        var table = report.Check(mutation).Document.Tables.Single();

        Assert.Equal("带动就业人数", table.TextAt(5, 2));
        Assert.Equal("部分乡镇报名不足，培训班次减少", table.TextAt(5, 7));
        Assert.Equal("偏差原因分析及改进措施", table.TextAt(4, 7));
    }

    [Fact]
    public void TargetCopiedToActual_WritesTheTargetIntoTheActualCell()
    {
        var (_, changes) = Report.First(new TargetCopiedToActualMutator());

        Assert.Equal(["T1[r6,c5]: 200人 → ≥220人"], changes);
    }

    [Fact]
    public void VagueTarget_ReplacesAMeasurableTargetByAVaguePhrase()
    {
        var (mutation, changes) = Report.First(new VagueTargetMutator());

        var change = Assert.Single(changes);
        Assert.StartsWith("T1[r6,c4]: ≥220人 → ", change, StringComparison.Ordinal);
        Assert.Contains(change[(change.IndexOf('→', StringComparison.Ordinal) + 2)..], new[] { "有效提升", "进一步提高", "明显改善", "较好" });
        Assert.Contains("培训人数", mutation.Marks);
    }

    [Fact]
    public void ActualBlanked_EmptiesTheActualCell()
    {
        var (_, changes) = Report.First(new ActualBlankedMutator());

        Assert.Equal(["T1[r6,c5]: 200人 → "], changes);
    }

    [Fact]
    public void ShortfallWithFullScore_PutsAMetActualBelowItsTarget()
    {
        var (mutation, changes) = Report.First(new ShortfallWithFullScoreMutator());

        Assert.Equal(["T1[r8,c5]: 120人 → 90人"], changes);
        Assert.Contains(RuleIds.DeviationUnexplained, mutation.Consequences);
    }

    [Fact]
    public void DeviationReasonDeleted_EmptiesTheReasonOfAShortIndicator()
    {
        var (_, changes) = Report.First(new DeviationReasonDeletedMutator());

        Assert.Equal(["T1[r6,c8]: 部分乡镇报名不足，培训班次减少 → "], changes);
    }

    [Fact]
    public void PeriodYear_LabelsThisYearsFiguresWithTheYearBefore()
    {
        var (_, changes) = Report.First(new PeriodYearMutator());

        Assert.Equal(["P3: 2022 → 2021"], changes);
    }

    [Fact]
    public void PartialPeriod_CutsTheYearToNineMonths()
    {
        var (mutation, changes) = Report.First(new PartialPeriodMutator());

        Assert.Equal("2022年度 → 2022年1-9月", mutation.Planted);
        Assert.Single(changes);
        Assert.Contains(Report.Check(mutation).Document.Paragraphs, p => p.Text.Value.StartsWith("示例县2022年1-9月项目预算", StringComparison.Ordinal));
    }

    [Fact]
    public void SectionRemoval_RemovesTheHeadingAndItsParagraphs_NotTheTables()
    {
        var (_, changes) = Report.First(new SectionRemovalMutator(), m => m.Place.Contains("三、", StringComparison.Ordinal));

        Assert.Equal(["删去段落：三、偏离绩效目标的原因和下一步改进措施", "删去段落：下一步将加强培训组织，提前发布培训计划。"], changes);
    }

    [Fact]
    public void ExecutionScore_GivesFullMarksAtNinetyPercent()
    {
        var (mutation, changes) = Report.First(new ExecutionScoreMutator());

        Assert.Equal(["T1[r2,c8]: 9 → 10"], changes);
        Assert.Contains(RuleIds.ScoreTotalMismatch, mutation.Consequences);
    }

    [Fact]
    public void DeductionReasonDeleted_EmptiesTheReasonOfAMetIndicatorWithAPartialScore()
    {
        var (_, changes) = Report.First(new DeductionReasonDeletedMutator());

        Assert.Equal(["T1[r7,c8]: 结业材料归档不全扣1分 → "], changes);
    }

    [Fact]
    public void ScoreLowered_TakesAPointOffAMetIndicatorWithFullMarksAndNoReason()
    {
        var (_, changes) = Report.First(new ScoreLoweredMutator());

        Assert.Equal(["T1[r8,c7]: 30 → 29"], changes);
    }

    [Fact]
    public void OverachievedActual_RaisesTheActualToSixtyPercentOverTheTarget()
    {
        var mutations = Report.Plant(new OverachievedActualMutator());

        Assert.Equal(["T1[r8,c5]: 120人 → 160人"], Report.Changes(mutations.Single(m => m.SkipReason is null)));
        Assert.Contains(mutations, m => m.Place.Contains("学员满意度", StringComparison.Ordinal) && m.SkipReason is not null); // 152% is no satisfaction rate
    }

    [Fact]
    public void Placeholders_PutXXForThePlaceName_StarsForATargetsNumber_AndTheLengthInstructionAtAParagraphsEnd()
    {
        Assert.Equal(["P3: 示例 → XX"], Report.First(new PlaceholderUnitNameMutator()).Changes);
        Assert.Equal(["T1[r6,c4]: ≥220人 → ≥**人"], Report.First(new PlaceholderTargetMutator()).Changes);
        Assert.Equal(["P3:  → (200字以内)"], Report.First(new PlaceholderInstructionMutator()).Changes);
    }

    [Fact]
    public void BudgetAdjusted_SetsTheInitialBudgetToEightyPercentAndToZero()
    {
        var mutations = Report.Plant(new BudgetAdjustedMutator());

        Assert.Equal([["T1[r2,c3]: 128.40 → 102.72"], ["T1[r2,c3]: 128.40 → 0.00"]], mutations.Select(Report.Changes));
    }

    [Fact]
    public void IndicatorRegrouped_RelabelsALevel2Group()
    {
        var (mutation, changes) = Report.First(new IndicatorRegroupedMutator());

        Assert.Equal(["T1[r6,c2]: 数量指标 → 成本指标"], changes);
        Assert.Equal(["培训人数"], mutation.Marks);
    }

    [Fact]
    public void EveryMutator_PlantsSomethingInTheFixture_AndEveryEditLandsExactly()
    {
        foreach (var mutator in MutatorRegistry.All)
        {
            var planted = Report.Plant(mutator).Where(m => m.SkipReason is null).ToList();
            Assert.True(planted.Count > 0, mutator.GetType().Name + " planted nothing");
            foreach (var mutation in planted)
            {
                Assert.NotEmpty(Report.Changes(mutation));
            }
        }
    }
}
