namespace DocCheck.Cli.Evaluation.Mutations;

/// <summary>The catalog rule ids the mutators plant for (../shared/rule-catalog.md: a contract, spelled here once).</summary>
internal static class RuleIds
{
    public const string RateMismatch = "rate.mismatch";
    public const string SumMismatch = "sum.mismatch";
    public const string BalanceMismatch = "balance.mismatch";
    public const string FigureConflict = "figure.conflict";
    public const string ScoreTotalMismatch = "score.total-mismatch";
    public const string ScoreExceedsWeight = "score.exceeds-weight";
    public const string WeightTotalMismatch = "weight.total-mismatch";
    public const string GradeMismatch = "grade.mismatch";
    public const string TableIncomplete = "table.incomplete";
    public const string TargetEqualsActual = "indicator.target-equals-actual";
    public const string NotQuantified = "indicator.not-quantified";
    public const string ActualMissing = "indicator.actual-missing";
    public const string ShortfallFullScore = "indicator.shortfall-full-score";
    public const string DeviationUnexplained = "indicator.deviation-unexplained";
    public const string PeriodMismatch = "period.mismatch";
    public const string SectionMissing = "section.missing";
    public const string ExecutionRate = "score.execution-rate";
    public const string ScoreUnexplained = "indicator.score-unexplained";
    public const string Overachieved = "indicator.overachieved";
    public const string TemplateLeftover = "text.template-leftover";
    public const string AdjustmentUnexplained = "budget.adjustment-unexplained";
    public const string Misplaced = "indicator.misplaced";

    /// <summary>
    /// Rules that recompute from money figures: a changed figure feeds all of them, so their findings that quote the
    /// changed value or point at the changed place follow from the change.
    /// </summary>
    public static readonly string[] FigureRules =
        [RateMismatch, SumMismatch, BalanceMismatch, FigureConflict, AdjustmentUnexplained, ExecutionRate];

    /// <summary><see cref="FigureRules"/> without <paramref name="planted"/>.</summary>
    public static string[] FigureRulesBut(string planted) => [.. FigureRules.Where(r => r != planted)];

    /// <summary>Rules that ask whether something is explained: removing text that explains things trips them.</summary>
    public static readonly string[] ExplanationRules = [DeviationUnexplained, ScoreUnexplained, Overachieved, AdjustmentUnexplained];
}
