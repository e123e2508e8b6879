using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Changes a stated total so that it no longer equals its parts (its second significant digit raised by one:
/// 4,030.50 → 4,130.50). Eligible: a 合计 / 小计 / 年度资金总额 cell that is the sum of the figures above it or of
/// the 其中 rows below it, and a sentence total (…N万元，其中：a、b、c / a、b、c，合计N万元) that is the sum of the
/// amounts it lists — checked in interval arithmetic before and after the change.
/// </summary>
internal sealed partial class TotalChangeMutator : IMutator
{
    public string Rule => RuleIds.SumMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.Tables)
        {
            for (var row = 0; row < table.RowCount; row++)
            {
                if (!RateChangeMutator.IsTotalRow(table, row))
                {
                    continue;
                }

                foreach (var cell in table.RowCells(row).Where(c => c.Row == row))
                {
                    if (NumberScanner.Plain(cell.Value) is not { IsPercent: false } total || IsRatioOrScore(ReportView.HeaderAbove(table, row, cell.Column)))
                    {
                        continue;
                    }

                    var above = Column(table, cell.Column, row - 1, -1);
                    var below = Column(table, cell.Column, row + 1, +1);
                    var parts = new[] { above, below }.FirstOrDefault(p => p.Count >= 2 && Adds(p, total.Value, total.HalfUlp));
                    var target = CellTarget.Of(cell);
                    var place = $"{target.Ref} {ReportView.LabelLeft(table, row, cell.Column)}·{ReportView.HeaderAbove(table, row, cell.Column)}";
                    yield return parts is null
                        ? Mutation.Skipped(Rule, nameof(TotalChangeMutator), place, cell.Value, "合计不等于其上或其下分项之和（原文已不一致或并非合计）")
                        : Plant(target, cell.Value, total, parts, place);
                }
            }
        }

        foreach (var paragraph in report.Prose)
        {
            var text = paragraph.Text.Value;
            var sentenceStart = 0;
            foreach (var sentence in text.Split('。'))
            {
                foreach (var (total, parts) in SentenceSums(sentence))
                {
                    var shifted = total with { Start = total.Start + sentenceStart };
                    var target = ParagraphTarget.Of(paragraph);
                    yield return Plant(target, text, shifted, parts, $"{target.Ref} {FigureRoles.ClauseBefore(text, shifted.Start)}");
                }

                sentenceStart += sentence.Length + 1;
            }
        }
    }

    private Mutation Plant(EditTarget target, string text, NumberToken total, IReadOnlyList<NumberToken> parts, string place)
    {
        var printed = total.Digits(text);
        if (total.Value == 0)
        {
            return Mutation.Skipped(Rule, nameof(TotalChangeMutator), place, printed, "合计为 0");
        }

        var step = Digits.SecondDigitStep(total.Value);
        var changed = total.Value + step;
        while (Adds(parts, changed, total.HalfUlp))
        {
            step *= 10;
            changed = total.Value + step;
        }

        var newDigits = total.Format(changed);
        return new Mutation
        {
            Rule = Rule,
            Mutator = nameof(TotalChangeMutator),
            Place = place,
            Planted = $"{printed} → {newDigits}（分项之和 {total.Format(parts.Sum(p => p.Value))}）",
            Edits = [new ReplaceText(target, total.Start, total.Length, printed, newDigits)],
            Marks = [newDigits],
            Values = [changed],
            Places = [target.Ref],
            Consequences = [.. RuleIds.FigureRulesBut(Rule)],
        };
    }

    /// <summary>Whether the parts can add up to a total printed as <paramref name="total"/> ± <paramref name="half"/>.</summary>
    private static bool Adds(IReadOnlyList<NumberToken> parts, decimal total, decimal half)
    {
        var sum = parts.Sum(p => p.Value * p.Scale);
        var slack = parts.Sum(p => p.HalfUlp * p.Scale);
        var scale = parts[0].Scale;
        return Math.Abs(sum - (total * scale)) <= slack + (half * scale) + 0.000001m;
    }

    private static bool IsRatioOrScore(string header) =>
        header.Contains('率', StringComparison.Ordinal) || header.Contains("占比", StringComparison.Ordinal) || header.Contains("比例", StringComparison.Ordinal)
        || header.Contains("比重", StringComparison.Ordinal) || header.Contains("分值", StringComparison.Ordinal) || header.Contains("得分", StringComparison.Ordinal)
        || header.Contains("权重", StringComparison.Ordinal) || header.Contains('%', StringComparison.Ordinal);

    /// <summary>The numbers of a column from <paramref name="from"/> going <paramref name="direction"/> until a cell that is not one (a total row ends it too).</summary>
    private static List<NumberToken> Column(TableBlock table, int column, int from, int direction)
    {
        var parts = new List<NumberToken>();
        for (var r = from; r >= 0 && r < table.RowCount; r += direction)
        {
            if (table.At(r, column) is not { } cell || cell.Row != r || cell.Column != column || RateChangeMutator.IsTotalRow(table, r)
                || NumberScanner.Plain(cell.Value) is not { IsPercent: false } number)
            {
                break;
            }

            parts.Add(number);
        }

        return parts;
    }

    [GeneratedRegex("合计|共计|总计")]
    private static partial Regex TotalWord();

    /// <summary>
    /// Sums a sentence states: the last amount before 其中 and the amounts after it; or the amounts before 合计/共计/总计
    /// and the amount right after that word. Only sums whose parts add up, in one money unit, are returned.
    /// </summary>
    private static IEnumerable<(NumberToken Total, IReadOnlyList<NumberToken> Parts)> SentenceSums(string sentence)
    {
        var money = NumberScanner.Scan(sentence).Where(t => t.IsMoney && t.Comparator.Length == 0).ToList();
        var among = sentence.IndexOf("其中", StringComparison.Ordinal);
        if (among > 0 && money.LastOrDefault(t => t.End <= among) is { } whole)
        {
            var parts = money.Where(t => t.Start > among).ToList();
            if (parts.Count >= 2 && parts.All(p => p.Unit == whole.Unit) && Adds(parts, whole.Value, whole.HalfUlp))
            {
                yield return (whole, parts);
            }
        }

        foreach (Match word in TotalWord().Matches(sentence))
        {
            var total = money.FirstOrDefault(t => t.Start >= word.Index + word.Length && t.Start <= word.Index + word.Length + 2);
            var parts = money.Where(t => t.End <= word.Index).ToList();
            if (total is not null && parts.Count >= 2 && parts.All(p => p.Unit == total.Unit) && Adds(parts, total.Value, total.HalfUlp))
            {
                yield return (total, parts);
            }
        }
    }
}
