using DocCheck.Rules.Rules.Scoring;

namespace DocCheck.Rules.Tests.Rules.Scoring;

public sealed class WeightsAddUpRuleTests : RuleFixtureTests<WeightsAddUpRule>;
