namespace DocCheck.Rules;

/// <summary>One check a rule made: what it checked and whether it held (so the note can say how much was checked).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Subject">What was checked.</param>
/// <param name="Consistent">Whether it held.</param>
public sealed record CheckRecord(string RuleId, string Subject, bool Consistent);
