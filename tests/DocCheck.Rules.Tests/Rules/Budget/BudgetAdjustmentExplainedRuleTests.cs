using DocCheck.Rules.Rules.Budget;

namespace DocCheck.Rules.Tests.Rules.Budget;

public sealed class BudgetAdjustmentExplainedRuleTests : RuleFixtureTests<BudgetAdjustmentExplainedRule>;
