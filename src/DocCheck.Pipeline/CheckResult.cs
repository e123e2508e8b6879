using DocCheck.Core.Documents;
using DocCheck.Extract;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>The outcome of checking one report.</summary>
/// <param name="Document">The document as read.</param>
/// <param name="Facts">What was extracted.</param>
/// <param name="Run">What the rules found and checked.</param>
public sealed record CheckResult(ReportDocument Document, ReportFacts Facts, RuleRunResult Run)
{
    /// <summary>Whether any finding is an error (CLI exit code 1).</summary>
    public bool HasErrors => Run.Findings.Any(f => f.Severity == Core.Findings.Severity.Error);
}
