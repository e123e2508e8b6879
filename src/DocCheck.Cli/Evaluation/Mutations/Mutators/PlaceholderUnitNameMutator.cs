using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Leaves the template's XX in place of the report's place name in one paragraph (桐溪县 → XX县). Eligible: a
/// paragraph of running text naming the place its title starts with, in a report with no XX / ×× yet (one finding
/// per kind of leftover).
/// </summary>
internal sealed partial class PlaceholderUnitNameMutator : IMutator
{
    public string Rule => RuleIds.TemplateLeftover;

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fa5]{2,4}?)(?<level>省|市|县|区|州|旗)")]
    private static partial Regex PlaceInTitle();

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = report.Paragraphs.FirstOrDefault(p => report.TitleBlocks.Contains(p.Index));
        if (title is null || PlaceInTitle().Match(title.Text.Value) is not { Success: true } place
            || report.AnyTextContains(["XX", "××", "xx", "ＸＸ"]))
        {
            yield break;
        }

        var name = place.Groups["name"].Value;
        var full = name + place.Groups["level"].Value;
        foreach (var paragraph in report.Prose)
        {
            var at = paragraph.Text.Value.IndexOf(full, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var target = ParagraphTarget.Of(paragraph);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(PlaceholderUnitNameMutator),
                Place = $"{target.Ref} “{PeriodYearMutator.Excerpt(paragraph.Text.Value, at)}”",
                Planted = $"{full} → XX{place.Groups["level"].Value}",
                Edits = [new ReplaceText(target, at, name.Length, name, "XX")],
                Marks = ["XX"],
                Places = [target.Ref],
            };
        }
    }
}
