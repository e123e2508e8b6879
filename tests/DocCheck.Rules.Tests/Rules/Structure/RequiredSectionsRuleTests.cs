using DocCheck.Rules.Rules.Structure;

namespace DocCheck.Rules.Tests.Rules.Structure;

public sealed class RequiredSectionsRuleTests : RuleFixtureTests<RequiredSectionsRule>;
