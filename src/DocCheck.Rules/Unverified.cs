using DocCheck.Core.Findings;

namespace DocCheck.Rules;

/// <summary>Something a rule could not check, and why (the note's 未能核查 section).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Subject">What could not be checked.</param>
/// <param name="Reason">Why, in Chinese.</param>
/// <param name="Evidence">Where, when it concerns one place.</param>
public sealed record Unverified(string RuleId, string Subject, string Reason, Evidence? Evidence = null);
