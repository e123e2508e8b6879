using System.Collections.Immutable;

namespace DocCheck.Core.Findings;

/// <summary>Something a reviewer must look at, with the evidence that shows it.</summary>
/// <param name="RuleId">The rule's stable id.</param>
/// <param name="Severity">The severity after settings are applied.</param>
/// <param name="Subject">The quantity or indicator the finding is about (预算执行率, an indicator's name).</param>
/// <param name="Message">A Chinese sentence a reviewer can paste into the review note.</param>
/// <param name="Claimed">The value as the report writes it, when there is one.</param>
/// <param name="Computed">What DocCheck recomputed, when it recomputed something.</param>
/// <param name="Evidence">One or more quotes with their locations; never empty.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Subject,
    string Message,
    string? Claimed,
    string? Computed,
    ImmutableArray<Evidence> Evidence)
{
    /// <summary>A compact single line for logs and golden files.</summary>
    public override string ToString() =>
        $"{RuleId} [{Severity.ToId()}] {Subject} claimed={Claimed ?? "-"} computed={Computed ?? "-"} @ {string.Join("; ", Evidence.Select(e => e.Location))}";
}
