using DocCheck.Core.Findings;

namespace DocCheck.Rules;

/// <summary>What running the rules over one report gave.</summary>
/// <param name="Findings">The findings, most severe first, then in document order.</param>
/// <param name="Checks">Every check made.</param>
/// <param name="Unverified">What could not be checked.</param>
/// <param name="Failures">Rules that crashed.</param>
public sealed record RuleRunResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CheckRecord> Checks,
    IReadOnlyList<Unverified> Unverified,
    IReadOnlyList<RuleFailure> Failures);
