using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Changes the 年初预算数 of a budget block's first row so that it differs from 全年预算数, with no reason: to 80%
/// of it (a mid-year addition) and, as a second variant, to 0 (an adjustment from nothing is still one). Eligible:
/// 年初 equals 全年 today, and no text of the report speaks of an adjustment (调整, 追加, 调减, 调剂, 收回…) that
/// could be read as its reason, and no paragraph states the same 年初预算 (then the change is a conflict). The block's column no longer adds up to its 其中 rows, so sum and figure findings
/// that quote the changed value follow from the change.
/// </summary>
internal sealed class BudgetAdjustedMutator : IMutator
{
    private static readonly string[] AdjustmentWords = ["调整", "追加", "调减", "调增", "调剂", "收回", "追减", "调入", "调出", "压减", "年中"];

    public string Rule => RuleIds.AdjustmentUnexplained;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var block in report.BudgetBlocks)
        {
            var row = block.Rows[0];
            if (row.Initial is not { } initialCell || row.Annual is not { } annualCell
                || BudgetBlockRow.Number(initialCell) is not { } initial || BudgetBlockRow.Number(annualCell) is not { } annual)
            {
                continue;
            }

            var target = CellTarget.Of(initialCell);
            var place = $"{target.Ref} {row.Label}·年初预算数";
            if (initial.Value != annual.Value || annual.Value == 0)
            {
                yield return Mutation.Skipped(Rule, nameof(BudgetAdjustedMutator), place, initialCell.Value, "年初预算数已与全年预算数不同（或为 0）");
                continue;
            }

            // The text states the initial budget too (项目年初预算540.00万元): changing the table alone makes the two
            // disagree — a conflict of figures, not an adjustment left unexplained.
            if (report.Money.Any(m => m.Paragraph is not null && m.Role == FigureRole.InitialBudget
                && Math.Abs(m.Token.Value - initial.Value) <= m.Token.HalfUlp + initial.HalfUlp))
            {
                yield return Mutation.Skipped(Rule, nameof(BudgetAdjustedMutator), place, initialCell.Value, "正文另写明年初预算数，改表只会造成前后不一");
                continue;
            }

            if (report.AnyTextContains(AdjustmentWords))
            {
                yield return Mutation.Skipped(Rule, nameof(BudgetAdjustedMutator), place, initialCell.Value, "报告中有关于预算调整的文字，可能已作说明");
                continue;
            }

            foreach (var value in new[] { Math.Round(annual.Value * 0.8m, annual.Decimals, MidpointRounding.AwayFromZero), 0m })
            {
                var changed = initial.Format(value);
                yield return new Mutation
                {
                    Rule = Rule,
                    Mutator = nameof(BudgetAdjustedMutator),
                    Place = place,
                    Planted = $"{initialCell.Value} → {changed}（全年预算数 {annualCell.Value}）",
                    Edits = [new ReplaceText(target, initial.Start, initial.Length, initial.Digits(initialCell.Value), changed)],
                    Marks = [changed],
                    Values = [value],
                    Places = [target.Ref, CellTarget.Of(annualCell).Ref],
                    Consequences = [.. RuleIds.FigureRulesBut(Rule)],
                };
            }
        }
    }
}
