using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Cuts a whole-year period phrase to part of the year (2022年度 / 2022年 → 2022年1-9月) in one phrase that governs
/// figures (see <see cref="PeriodPhrases"/>): an annual report citing only nine months' figures.
/// </summary>
internal sealed class PartialPeriodMutator : IMutator
{
    public string Rule => RuleIds.PeriodMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (paragraph, match) in PeriodPhrases.Find(report))
        {
            var year = match.Groups["year"].Value;
            var replacement = year + "年1-9月";
            var target = ParagraphTarget.Of(paragraph);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(PartialPeriodMutator),
                Place = $"{target.Ref} “{PeriodYearMutator.Excerpt(paragraph.Text.Value, match.Index)}”",
                Planted = $"{match.Value} → {replacement}",
                Edits = [new ReplaceText(target, match.Index, match.Length, match.Value, replacement)],
                Marks = ["1-9月"],
                Places = [target.Ref],
            };
        }
    }
}
