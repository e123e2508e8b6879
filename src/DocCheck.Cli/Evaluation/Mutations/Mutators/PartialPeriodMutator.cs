using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Cuts a whole-year period phrase to part of the year (2022年度 / 2022年 → 2022年1-9月) in one phrase that governs
/// figures (see <see cref="PeriodPhrases"/>): an annual report citing only nine months' figures.
/// </summary>
internal sealed partial class PartialPeriodMutator : IMutator
{
    /// <summary>全年 as the period of a figure; 全年预算 is a budget's name.</summary>
    [GeneratedRegex("全年(?!预算|未|无|一次|均)")]
    private static partial Regex WholeYear();

    public string Rule => RuleIds.PeriodMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (paragraph, match) in PeriodPhrases.Find(report))
        {
            var year = match.Groups["year"].Value;
            var replacement = year + "年1-9月";
            var target = ParagraphTarget.Of(paragraph);
            // 2023年1-9月项目资金全部到位，全年支出771.84万元 contradicts itself: the sentence still gives the year.
            if (WholeYear().IsMatch(PeriodPhrases.SentenceOf(paragraph.Text.Value, match)))
            {
                yield return Mutation.Skipped(Rule, nameof(PartialPeriodMutator), $"{target.Ref} “{PeriodYearMutator.Excerpt(paragraph.Text.Value, match.Index)}”",
                    match.Value, "句中另有“全年”数字");
                continue;
            }

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
