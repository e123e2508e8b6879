namespace DocCheck.Rules;

/// <summary>A rule that crashed (<c>system.rule-failed</c>): the other rules still ran.</summary>
/// <param name="RuleId">The rule that failed.</param>
/// <param name="Error">The exception type and message.</param>
public sealed record RuleFailure(string RuleId, string Error);
