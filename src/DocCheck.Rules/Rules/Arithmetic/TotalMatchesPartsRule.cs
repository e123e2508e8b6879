using DocCheck.Core.Findings;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;
using DocCheck.Rules.Support;

namespace DocCheck.Rules.Rules.Arithmetic;

/// <summary>合计与分项之和在四舍五入误差之外不一致。</summary>
/// <remarks>Interval comparison, the rule of statcheck and XBRL Calculations 1.1: the stated total's interval must meet the interval of the (signed) sum of the parts.</remarks>
public sealed class TotalMatchesPartsRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "sum.mismatch", "合计与分项之和不符", RuleArea.Arithmetic, Severity.Error,
        "请逐项核对分项金额（或数量）与合计数，更正计算或填报错误。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// The parts without the first run of consecutive parts that adds up exactly to the part just before it (an item
    /// and its own details); null when no such run exists.
    /// </summary>
    private static List<PrintedNumber>? NestedDetailsRemoved(List<PrintedNumber> parts)
    {
        for (var i = 0; i + 2 < parts.Count; i++)
        {
            var running = Interval.Exact(0m);
            for (var j = i + 1; j < parts.Count; j++)
            {
                running += Interval.Of(parts[j]);
                if (j > i + 1 && running.Overlaps(Interval.Of(parts[i]), Tolerance.Epsilon))
                {
                    return [.. parts.Take(i + 1), .. parts.Skip(j + 1)];
                }
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One wrong total printed in several places (the text and two columns of the 自评表, all 12,653.48 against
        // parts that make 12,563.48) is one defect: one finding quoting every place.
        var wrongTotals = new List<WrongTotal>();
        foreach (var sum in context.Facts.Sums)
        {
            var total = sum.Total.Number;
            var parts = sum.Parts.Select(p => (Term: p, Number: InUnitOf(p.Number, total))).ToList();
            if (parts.Any(p => p.Number.Kind != total.Kind || p.Number.MeasureWord != total.MeasureWord))
            {
                context.CannotVerify(sum.Subject, "分项与合计的计量单位不一致，无法相加。", sum.Total.Anchor.ToEvidence("合计"));
                continue;
            }

            var computed = SumOf(parts.Select(p => (p.Term, p.Number)));
            var stated = Interval.Of(total).Widen(Tolerance.For(context, total) + Tolerance.Epsilon);
            if (computed.Overlaps(stated) || sum.OtherReadings.Any(r => SumOf(r.Select(t => (t, InUnitOf(t.Number, total)))).Overlaps(stated)))
            {
                context.Passed(sum.Subject);
                continue;
            }

            // An item followed by its own details (其中：结转51.26万元，为…资金33.60万元和…尾款17.66万元；结余8.45万元):
            // the details that add up to the item before them are its breakdown, not more parts of the total.
            // One item left is no list: the reading was cut (…；结余8.45万元 after the ；), nothing to report.
            if (sum.Kind != SumKind.Adjustment && NestedDetailsRemoved(parts.Select(p => p.Number).ToList()) is { } nested)
            {
                if (SumOf(nested.Select(n => (sum.Parts[0], n))).Overlaps(stated))
                {
                    context.Passed(sum.Subject);
                    continue;
                }

                if (nested.Count < 2)
                {
                    context.CannotVerify(sum.Subject, "所列分项中有一项后接其自身明细，未能确定完整的分项，未复核合计。", sum.Total.Anchor.ToEvidence("合计"));
                    continue;
                }
            }

            // Items listed after a total stated earlier may detail another amount the report states (项目支出主要用于…,
            // after the whole spending): when they add up to that amount, they are its breakdown, not a wrong total.
            if (sum.Kind == SumKind.Breakdown && sum.TotalFromEarlierSentence && OtherStatedAmount(context, sum, computed) is { } other)
            {
                context.CannotVerify(sum.Subject, $"所列{parts.Count}项之和与报告中另一金额{other.Printed}相同，可能是该金额的明细，未作为合计不符报告。", sum.Total.Anchor.ToEvidence("合计"));
                continue;
            }

            // A total written as a bare 0 has no decimals or unit to print the sum with; its parts have.
            var printedLike = total.Value == 0m ? parts[0].Number : total;
            var sumText = Format.Like(printedLike, computed.Mid);
            var formula = sum.Kind == SumKind.Adjustment
                ? string.Join(" ", parts.Select((p, i) => (i == 0 ? string.Empty : p.Term.Sign >= 0 ? "+ " : "− ") + p.Number.Printed))
                : parts.Count == 1 ? $"其中“{WithoutLead(parts[0].Term.Label)}”" : $"{parts.Count}项之和";
            var message = $"{sum.Subject}：合计写为{total.Printed}，{formula}为{sumText}，相差{Format.Like(printedLike, Math.Abs(computed.Mid - total.Value))}。";
            var evidence = new List<Evidence> { sum.Total.Anchor.ToEvidence("合计") };
            evidence.AddRange(sum.Parts.Select((p, i) => p.Anchor.ToEvidence($"分项{i + 1}")));
            if (wrongTotals.FirstOrDefault(w => w.Total == total.Value && Math.Abs(w.Sum - computed.Mid) <= total.HalfUlp + Tolerance.Epsilon) is { } same)
            {
                same.OtherPlaces.Add(sum.Total.Anchor.ToEvidence("同一合计"));
                continue;
            }

            // A total row wrong in several columns (年度资金总额 filled with 0 over its 其中 row) is one defect of that row.
            var row = sum.Kind == SumKind.TableSources ? RowOf(sum.Total.Anchor) : null;
            if (row is not null && wrongTotals.FirstOrDefault(w => w.Row == row) is { } sameRow)
            {
                sameRow.OtherColumns.Add($"{sum.Subject.Replace("（资金来源）", string.Empty, StringComparison.Ordinal)}写为{total.Printed}、应为{sumText}");
                sameRow.OtherPlaces.Add(sum.Total.Anchor.ToEvidence("同一合计行"));
                continue;
            }

            wrongTotals.Add(new WrongTotal(sum.Subject, message, total.Printed, sumText, total.Value, computed.Mid, evidence, [], row, []));
        }

        foreach (var wrong in wrongTotals)
        {
            var samePlaces = wrong.OtherPlaces.Count - wrong.OtherColumns.Count;
            var message = wrong.Message.TrimEnd('。')
                + (samePlaces > 0 ? $"；同一合计另见{samePlaces}处" : string.Empty)
                + (wrong.OtherColumns.Count > 0 ? $"；同一合计行另有{string.Join("，", wrong.OtherColumns)}" : string.Empty) + "。";
            yield return context.Report(wrong.Subject, message, wrong.Claimed, wrong.Computed, [.. wrong.Evidence, .. wrong.OtherPlaces]);
        }
    }

    /// <summary>“其中：本年财政拨款” is quoted after the rule's own 其中.</summary>
    private static string WithoutLead(string label) =>
        label.StartsWith("其中", StringComparison.Ordinal) ? label[2..].TrimStart(':', '：', ' ') : label;

    private sealed record WrongTotal(string Subject, string Message, string Claimed, string Computed, decimal Total, decimal Sum,
        List<Evidence> Evidence, List<Evidence> OtherPlaces, (int Table, int Row)? Row, List<string> OtherColumns);

    private static (int Table, int Row)? RowOf(Anchor anchor) =>
        anchor.Location is { Table: { } table, Row: { } row } ? (table, row) : null;

    private static Interval SumOf(IEnumerable<(SumTerm Term, PrintedNumber Number)> parts) =>
        parts.Aggregate(Interval.Exact(0m), (sum, p) => p.Term.Sign >= 0 ? sum + Interval.Of(p.Number) : sum - Interval.Of(p.Number));

    private static PrintedNumber? OtherStatedAmount(RuleContext context, SumStatement sum, Interval computed)
    {
        var amounts = context.Facts.Figures.Select(f => f.Number)
            .Concat(context.Facts.Sums.Where(s => !ReferenceEquals(s, sum)).SelectMany(s => s.Parts.Select(p => p.Number).Prepend(s.Total.Number)));
        return amounts.FirstOrDefault(n => n.Kind == sum.Total.Number.Kind && n.Value != sum.Total.Number.Value
            && Interval.Of(n).Widen(n.HalfUlp + Tolerance.Epsilon).Overlaps(computed));
    }

    /// <summary>A bare table value read in the total's unit.</summary>
    private static PrintedNumber InUnitOf(PrintedNumber part, PrintedNumber total) =>
        part.Kind == UnitKind.None && part.Scale == 1m && total.Unit.Length > 0 ? NumberParser.WithUnit(part, total.Unit) : part;
}
