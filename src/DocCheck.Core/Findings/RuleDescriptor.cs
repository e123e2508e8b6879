namespace DocCheck.Core.Findings;

/// <summary>What a rule is: its stable id (a public contract), title, area, default severity and advice.</summary>
/// <param name="Id">The <c>family.name</c> id of the rule catalog; never renamed or reused.</param>
/// <param name="Title">A short Chinese title.</param>
/// <param name="Area">The rule's family.</param>
/// <param name="DefaultSeverity">The severity used unless the settings say otherwise.</param>
/// <param name="Suggestion">What the submitting unit should do about a finding, in Chinese.</param>
public sealed record RuleDescriptor(string Id, string Title, RuleArea Area, Severity DefaultSeverity, string Suggestion);
