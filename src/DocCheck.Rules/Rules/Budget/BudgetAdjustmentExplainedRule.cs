using System.Text.RegularExpressions;
using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;

namespace DocCheck.Rules.Rules.Budget;

/// <summary>年初预算数与全年（调整后）预算数不同，报告却未说明预算调整的原因。</summary>
public sealed partial class BudgetAdjustmentExplainedRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "budget.adjustment-unexplained", "预算调整未说明", RuleArea.Budget, Severity.Warning,
        "请说明年度中预算调整（追加、调减、收回、调剂）的金额、依据和原因。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var figures = context.Facts.Figures;
        var initial = figures.FirstOrDefault(f => f.Role == FigureRole.BudgetInitial);
        var adjusted = figures.FirstOrDefault(f => f.Role == FigureRole.BudgetAdjusted);
        if (initial is null || adjusted is null)
        {
            yield break;
        }

        if (Interval.Of(initial.Number).Overlaps(Interval.Of(adjusted.Number)))
        {
            context.Passed("预算调整");
            yield break;
        }

        var texts = context.Facts.Document.Paragraphs.Select(p => p.Text.Value)
            .Concat(context.Facts.Document.Tables.SelectMany(t => t.Cells).Select(c => c.Value));
        // Also explained: a sentence that says where the difference came from or went (省财政厅下达…补助资金28.50万元,
        // for 240.00 → 268.50), whatever word it uses for the change — but not for a budget that started at 0, where
        // the difference is the whole budget and any sentence allocating it would pass.
        var difference = Math.Abs(adjusted.Number.Value - initial.Number.Value);
        var fromNothing = initial.Number.Value == 0m;
        // A bare 年中追加120.00万元 repeats the change without saying why; with who made it (区财政追加预算81.80万元,
        // by the finance bureau's document) it says where it came from, which reviewers accept.
        var explained = texts.SelectMany(Sentences).Any(s => (Explanation().IsMatch(s) && (Reason().IsMatch(s) || (HasAmount(s) && Source().IsMatch(s))))
            || (!fromNothing && Movement().IsMatch(s) && StatesAmount(s, difference, initial.Number.HalfUlp + adjusted.Number.HalfUlp)));
        if (explained)
        {
            context.Passed("预算调整");
            yield break;
        }

        var claimed = $"{initial.Number.Printed} → {adjusted.Number.Printed}";
        yield return context.Report("预算调整",
            $"年初预算{initial.Number.Printed}调整为全年预算{adjusted.Number.Printed}，报告未说明调整原因。",
            claimed, null, [initial.Anchor.ToEvidence("年初预算"), adjusted.Anchor.ToEvidence("调整后预算")]);
    }

    private static IEnumerable<string> Sentences(string text) => Extract.Text.Splitter.Sentences(text).Select(r => r.Of(text));

    private static bool StatesAmount(string sentence, decimal amount, decimal tolerance) =>
        NumberParser.FindAll(sentence).Any(n => (n.Kind == UnitKind.Money || n.Scale > 1m) && Math.Abs(n.Value - amount) <= tolerance + n.HalfUlp);

    private static bool HasAmount(string sentence) => NumberParser.FindAll(sentence).Any(n => n.Kind == UnitKind.Money || n.Scale > 1m);

    // A change is explained by a sentence that names it and gives a reason or the amount changed.
    [GeneratedRegex("下达|增加|补助|调入|安排|拨付|减少|核减|转入|结转")]
    private static partial Regex Movement();

    [GeneratedRegex("财政|厅|局|委|政府|上级|下达|文件|〔|批复|批准")]
    private static partial Regex Source();

    [GeneratedRegex("原因|因为|由于|因|根据|用于|按照|为了")]
    private static partial Regex Reason();

    // Words that state a change of budget.
    [GeneratedRegex("追加|调增|调减|收回|调剂|压减|预算调整|调整预算|调整为|调整原因|增加预算|补充资金|新增资金|追加资金|下达追加|预算变更|变更预算")]
    private static partial Regex Explanation();
}
