namespace DocCheck.Jobs.Storage;

/// <summary>A quality checker's decision on one finding of one report.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="FindingIndex">0-based position of the finding in the stored note (stable for its engine version).</param>
/// <param name="RuleId">The finding's rule, kept so a decision is never applied to a different finding.</param>
/// <param name="Decision">Confirmed or dismissed.</param>
/// <param name="Comment">Why, in the checker's words.</param>
/// <param name="JudgedBy">Who.</param>
/// <param name="JudgedAt">When.</param>
public sealed record FindingJudgement(
    long ReportId,
    int FindingIndex,
    string RuleId,
    JudgementDecision Decision,
    string? Comment,
    string JudgedBy,
    DateTimeOffset JudgedAt);

/// <summary>What a quality checker decided.</summary>
public enum JudgementDecision
{
    /// <summary>The finding holds; it goes into the note sent back.</summary>
    Confirmed,

    /// <summary>The finding does not hold; it is left out of the note.</summary>
    Dismissed,
}
