using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Extract.Indicators;

namespace DocCheck.Rules;

/// <summary>
/// Runs rules over a report's facts. Each rule runs in its own try/catch: a crash is recorded as a rule failure
/// and the other rules still run (one broken rule never sinks the check).
/// </summary>
public static class RuleRunner
{
    /// <summary>Runs the enabled rules; <paramref name="classifications"/> are the indicator classifiers' verdicts, when any.</summary>
    public static RuleRunResult Run(ReportFacts facts, IEnumerable<IRule> rules, CheckSettings? settings = null, IndicatorClassifications? classifications = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var context = new RuleContext(facts, settings, classifications);
        var findings = new List<Finding>();
        var failures = new List<RuleFailure>();
        foreach (var rule in rules)
        {
            if (!context.Settings.For(rule.Descriptor.Id).Enabled)
            {
                continue;
            }

            context.Enter(rule.Descriptor);
            try
            {
                // Materialise inside the try: rules yield lazily.
                findings.AddRange(rule.Check(context).ToList());
            }
#pragma warning disable CA1031 // The rule runner is the boundary where any rule's crash is contained.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add(new RuleFailure(rule.Descriptor.Id, ex.GetType().Name + ": " + ex.Message));
            }
        }

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Evidence[0].Location.Block)
            .ThenBy(f => f.Evidence[0].Location.Row ?? -1)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        return new RuleRunResult(ordered, context.Checks, context.Unverified, failures);
    }
}
