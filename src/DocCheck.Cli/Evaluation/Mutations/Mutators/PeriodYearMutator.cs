using System.Globalization;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Labels this year's figures with the year before (2022年度 → 2021年度) in one period phrase (see
/// <see cref="PeriodPhrases"/>) that governs a distinctive figure the report states again elsewhere.
/// </summary>
internal sealed class PeriodYearMutator : IMutator
{
    public string Rule => RuleIds.PeriodMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tableValues = report.Tables.SelectMany(t => t.Cells).SelectMany(c => NumberScanner.Scan(c.Value)).Select(n => n.Value).ToHashSet();
        var proseValues = report.Prose.Select(p => (p.Index, Values: NumberScanner.Scan(p.Text.Value).Select(n => n.Value).ToHashSet())).ToList();
        foreach (var (paragraph, match) in PeriodPhrases.Find(report))
        {
            var year = match.Groups["year"];
            var earlier = (int.Parse(year.Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
            var target = ParagraphTarget.Of(paragraph);
            // Another year on a figure nobody states again (2021年全县共有班线61条) may be true of that year: the
            // change is a defect only where the figure is demonstrably this year's — the report gives the same,
            // distinctive figure (126, 2,460.00; not 12 or 3) in a table or another paragraph.
            bool StatedElsewhere(NumberToken n) => (n.Decimals > 0 || n.Value >= DistinctiveFrom)
                && (tableValues.Contains(n.Value) || proseValues.Any(p => p.Index != paragraph.Index && p.Values.Contains(n.Value)));
            if (!PeriodPhrases.GovernedFigures(paragraph.Text.Value, match).Any(StatedElsewhere))
            {
                yield return Mutation.Skipped(Rule, nameof(PeriodYearMutator), $"{target.Ref} “{Excerpt(paragraph.Text.Value, match.Index)}”",
                    match.Value, "句中数字未在报告别处出现，无从判断属于本年");
                continue;
            }

            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(PeriodYearMutator),
                Place = $"{target.Ref} “{Excerpt(paragraph.Text.Value, match.Index)}”",
                Planted = $"{match.Value} → {earlier}{match.Value[4..]}",
                Edits = [new ReplaceText(target, year.Index, year.Length, year.Value, earlier)],
                Marks = [earlier + "年"],
                Places = [target.Ref],
            };
        }
    }

    /// <summary>A whole number below this (12个县, 3所) recurs by chance.</summary>
    private const decimal DistinctiveFrom = 100m;

    internal static string Excerpt(string text, int at) => text.Substring(at, Math.Min(18, text.Length - at));
}
