using DocCheck.Rules.Rules.Indicators;

namespace DocCheck.Rules.Tests.Rules.Indicators;

public sealed class ShortfallFullScoreRuleTests : RuleFixtureTests<ShortfallFullScoreRule>;
