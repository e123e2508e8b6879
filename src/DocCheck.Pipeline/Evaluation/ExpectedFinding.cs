namespace DocCheck.Pipeline.Evaluation;

/// <summary>One finding a person expects on a report, written before the engine ran on it (<c>// expect: rule | key</c>).</summary>
/// <param name="RuleId">The catalog rule id.</param>
/// <param name="Key">A string printed in the report that the finding is about (the wrong value, the indicator's name…).</param>
public sealed record ExpectedFinding(string RuleId, string Key);
