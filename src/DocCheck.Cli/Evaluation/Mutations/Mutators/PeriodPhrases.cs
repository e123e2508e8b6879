using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Period phrases of the report's own year that govern figures: 2022年度 / 2022年 (not a date such as 2022年3月)
/// in running text, with a figure after it in the same sentence and no comparison with another year (同比, 较上年,
/// 以来…) in that sentence.
/// </summary>
internal static partial class PeriodPhrases
{
    private static readonly string[] Comparisons = ["同比", "较上年", "比上年", "上年度", "上一年", "以来", "环比", "上年"];

    [GeneratedRegex(@"(?<year>20\d{2})年(?<of>度)?(?![\d月底末初])")]
    private static partial Regex YearPhrase();

    /// <summary>Whether a position is inside a cited title or document number (《关于做好2023年…的通知》, 〔2022〕).</summary>
    private static bool InsideTitle(string text, int position)
    {
        var open = text.LastIndexOfAny(['《', '〔', '['], Math.Max(position - 1, 0));
        var close = text.LastIndexOfAny(['》', '〕', ']'], Math.Max(position - 1, 0));
        return open >= 0 && open > close;
    }

    /// <summary>
    /// The figures a phrase governs: the numbers after it in its sentence, other than years and dates.
    /// </summary>
    public static IReadOnlyList<NumberToken> GovernedFigures(string text, Match match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(match);
        var sentenceEnd = text.IndexOfAny(['。', '；', '\n'], match.Index);
        var after = text[(match.Index + match.Length)..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        return NumberScanner.Scan(after).Where(n => n.Unit is not ("年" or "月" or "日" or "") && !n.Unit.StartsWith('年')).ToList();
    }

    /// <summary>The sentence a phrase stands in.</summary>
    public static string SentenceOf(string text, Match match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(match);
        var start = match.Index == 0 ? 0 : text.LastIndexOfAny(['。', '；', '\n'], match.Index - 1) + 1;
        var end = text.IndexOfAny(['。', '；', '\n'], match.Index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>The phrases: paragraph, start and length of the year's digits, whether 年度 follows.</summary>
    public static IEnumerable<(ParagraphBlock Paragraph, Match Match)> Find(ReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year is not { } year)
        {
            yield break;
        }

        var digits = year.ToString(CultureInfo.InvariantCulture);
        foreach (var paragraph in report.Prose)
        {
            var text = paragraph.Text.Value;
            foreach (Match match in YearPhrase().Matches(text))
            {
                if (match.Groups["year"].Value != digits || InsideTitle(text, match.Index))
                {
                    continue;
                }

                var sentenceStart = match.Index == 0 ? 0 : text.LastIndexOfAny(['。', '；', '\n'], match.Index - 1) + 1;
                var sentenceEnd = text.IndexOfAny(['。', '；', '\n'], match.Index);
                var sentence = text[sentenceStart..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
                var after = text[(match.Index + match.Length)..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
                var governsFigures = NumberScanner.Scan(after).Any(n => n.Unit is not ("年" or "月" or "日" or "") && !n.Unit.StartsWith('年'));
                if (governsFigures && !Comparisons.Any(c => sentence.Contains(c, StringComparison.Ordinal))
                    && !YearPhrase().Matches(sentence).Any(m => m.Groups["year"].Value != digits))
                {
                    yield return (paragraph, match);
                }
            }
        }
    }
}
