using DocCheck.Cli.Evaluation.Mutations.Mutators;

namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>
/// Every mutator, one line each. <c>score.rate-cap</c> has none: planting it means lowering the execution rate,
/// the amounts it rests on and the total together, several cells that each trip other rules.
/// </summary>
internal static class MutatorRegistry
{
    public static IReadOnlyList<IMutator> All { get; } =
    [
        new RateChangeMutator(),
        new TotalChangeMutator(),
        new BalanceChangeMutator(),
        new FigureTranspositionMutator(),
        new RowScoreChangedMutator(),
        new ScoreAboveWeightMutator(),
        new WeightChangedMutator(),
        new GradeSwapMutator(),
        new GroupDroppedMutator(),
        new TargetCopiedToActualMutator(),
        new VagueTargetMutator(),
        new ActualBlankedMutator(),
        new ShortfallWithFullScoreMutator(),
        new DeviationReasonDeletedMutator(),
        new PeriodYearMutator(),
        new PartialPeriodMutator(),
        new SectionRemovalMutator(),
        new ExecutionScoreMutator(),
        new DeductionReasonDeletedMutator(),
        new ScoreLoweredMutator(),
        new OverachievedActualMutator(),
        new PlaceholderUnitNameMutator(),
        new PlaceholderTargetMutator(),
        new PlaceholderInstructionMutator(),
        new BudgetAdjustedMutator(),
        new IndicatorRegroupedMutator(),
    ];

    /// <summary>The rules that can be planted, in catalog order.</summary>
    public static IReadOnlyList<string> Rules { get; } = [.. All.Select(m => m.Rule).Distinct()];
}
