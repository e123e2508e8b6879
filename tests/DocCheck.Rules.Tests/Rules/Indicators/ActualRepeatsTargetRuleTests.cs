using DocCheck.Rules.Rules.Indicators;

namespace DocCheck.Rules.Tests.Rules.Indicators;

public sealed class ActualRepeatsTargetRuleTests : RuleFixtureTests<ActualRepeatsTargetRule>;
