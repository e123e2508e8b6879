using System.Globalization;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>Labels this year's figures with the year before (2022年度 → 2021年度) in one period phrase (see <see cref="PeriodPhrases"/>).</summary>
internal sealed class PeriodYearMutator : IMutator
{
    public string Rule => RuleIds.PeriodMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (paragraph, match) in PeriodPhrases.Find(report))
        {
            var year = match.Groups["year"];
            var earlier = (int.Parse(year.Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
            var target = ParagraphTarget.Of(paragraph);
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

    internal static string Excerpt(string text, int at) => text.Substring(at, Math.Min(18, text.Length - at));
}
