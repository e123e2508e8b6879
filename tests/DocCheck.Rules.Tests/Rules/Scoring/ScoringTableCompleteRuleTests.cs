using DocCheck.Rules.Rules.Scoring;

namespace DocCheck.Rules.Tests.Rules.Scoring;

public sealed class ScoringTableCompleteRuleTests : RuleFixtureTests<ScoringTableCompleteRule>;
