using DocCheck.Core.Findings;

namespace DocCheck.Rules;

/// <summary>
/// One consistency rule. Rules are pure: they read the extracted facts and report findings, with no IO, clock or
/// logging. A rule that cannot decide reports nothing (or records why in the context), never a guess.
/// </summary>
public interface IRule
{
    /// <summary>The rule's id, title, area, default severity and advice.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the report and yields its findings.</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
