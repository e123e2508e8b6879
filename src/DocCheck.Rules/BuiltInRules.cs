using DocCheck.Rules.Rules.Arithmetic;
using DocCheck.Rules.Rules.Budget;
using DocCheck.Rules.Rules.Consistency;
using DocCheck.Rules.Rules.Indicators;
using DocCheck.Rules.Rules.Scoring;
using DocCheck.Rules.Rules.Structure;

namespace DocCheck.Rules;

/// <summary>
/// Every built-in rule, one line each, in the order of the rule catalog. No assembly scanning at run time: a
/// convention test fails when a rule class is missing here.
/// </summary>
public static class BuiltInRules
{
    /// <summary>All built-in rules.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new RateMatchesAmountsRule(),
        new TotalMatchesPartsRule(),
        new BalanceMatchesRule(),
        new FigureConsistencyRule(),
        new TotalScoreMatchesRowsRule(),
        new ScoreWithinWeightRule(),
        new WeightsAddUpRule(),
        new GradeMatchesScoreRule(),
        new ScoringTableCompleteRule(),
        new ActualRepeatsTargetRule(),
        new TargetQuantifiedRule(),
        new ActualPresentRule(),
        new ShortfallFullScoreRule(),
        new DeviationExplainedRule(),
        new DataPeriodRule(),
        new RequiredSectionsRule(),
        new ExecutionRateScoreRule(),
        new PartialScoreExplainedRule(),
        new OverachievementRule(),
        new TemplateLeftoverRule(),
        new BudgetAdjustmentExplainedRule(),
        new IndicatorGroupRule(),
        new ScoreRateCapRule(),
    ];
}
