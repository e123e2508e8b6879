using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// A balance a sentence works out for the amount it is about (市级统筹资金50.00万元全部到位，实际支出43.80万元，…，结余
/// 4.20万元): exactly three amounts, in that order — the amount, what was spent of it, what is left — stated as
/// amount − spending.
/// </summary>
/// <remarks>
/// Exactly three amounts and that order, because a sentence with a fourth (上年结转20万元) or with its balance first
/// works out something else; the spending must say so (支出, 使用, 兑付, 拨付) and not exceed the amount. The report's
/// own balance is left to the figure reading; a part's balance is not a figure, and this is where it is checked.
/// </remarks>
public static partial class SentenceBalanceExtractor
{
    /// <summary>Adds the balances the paragraph's sentences work out.</summary>
    public static void Extract(ParagraphBlock paragraph, ICollection<DifferenceStatement> differences)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(differences);
        var text = paragraph.Text.Value;
        if (!text.Contains("结余", StringComparison.Ordinal) && !text.Contains("剩余", StringComparison.Ordinal))
        {
            return;
        }

        var numbers = NumberParser.FindAll(text);
        var clauses = Splitter.Clauses(text);
        foreach (var sentence in SentencesByStop(text))
        {
            var amounts = numbers.Where(n => sentence.Contains(n.Start) && ProseFigureExtractor.IsMoneyLike(n) && n.Comparator == Comparator.None).ToList();
            if (amounts.Count != 3)
            {
                continue;
            }

            string Lead(PrintedNumber n) => text[Splitter.Containing(clauses, n.Start).Start..n.Start];
            var (amount, spent, left) = (amounts[0], amounts[1], amounts[2]);
            if (!SpentWord().IsMatch(Lead(spent)) || !LeftWord().IsMatch(Lead(left)) || SpentWord().IsMatch(Lead(amount))
                || LeftWord().IsMatch(Lead(amount)) || spent.Value > amount.Value)
            {
                continue;
            }

            SumTerm Term(PrintedNumber n, string label) =>
                new(ProseFigureExtractor.AsMoney(n), label, Anchor.ForText(paragraph.Location, paragraph.Text, Splitter.Containing(clauses, n.Start), new TextRange(n.Start, n.Length)));
            var subject = Lead(amount).Trim();
            differences.Add(new DifferenceStatement(subject.Length > 0 ? subject + "结余" : "结余", Term(left, "结余"), Term(amount, subject.Length > 0 ? subject : "资金"), Term(spent, "支出")));
        }
    }

    /// <summary>Sentences ending at 。 (a ； does not end what one sentence works out).</summary>
    private static IEnumerable<TextRange> SentencesByStop(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '。')
            {
                if (i > start)
                {
                    yield return new TextRange(start, i - start);
                }

                start = i + 1;
            }
        }
    }

    [GeneratedRegex("支出|使用|兑付|拨付|执行")]
    private static partial Regex SpentWord();

    [GeneratedRegex("结余|剩余|未支出|未使用")]
    private static partial Regex LeftWord();
}
