using DocCheck.Rules.Rules.Consistency;

namespace DocCheck.Rules.Tests.Rules.Consistency;

public sealed class FigureConsistencyRuleTests : RuleFixtureTests<FigureConsistencyRule>;
