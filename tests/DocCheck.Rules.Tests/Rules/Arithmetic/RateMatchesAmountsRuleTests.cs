using DocCheck.Rules.Rules.Arithmetic;

namespace DocCheck.Rules.Tests.Rules.Arithmetic;

public sealed class RateMatchesAmountsRuleTests : RuleFixtureTests<RateMatchesAmountsRule>;
