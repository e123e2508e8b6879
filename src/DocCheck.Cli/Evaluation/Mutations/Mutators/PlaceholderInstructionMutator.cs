using DocCheck.Cli.Evaluation.Mutations.Reading;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Leaves the template's length instruction （200字以内） at the end of one paragraph of running text, where a
/// template prints it: the first paragraph under a heading. Eligible: such a paragraph of more than 20 characters,
/// in a report with no 字以内 yet.
/// </summary>
internal sealed class PlaceholderInstructionMutator : IMutator
{
    private const string Instruction = "（200字以内）";

    public string Rule => RuleIds.TemplateLeftover;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.AnyTextContains(["字以内"]))
        {
            yield break;
        }

        var firstUnderHeading = report.Paragraphs.Zip(report.Paragraphs.Skip(1)).Where(pair => pair.First.IsHeading && !pair.Second.IsHeading)
            .Select(pair => pair.Second).ToHashSet();
        foreach (var paragraph in report.Prose.Where(p => p.Text.Value.Length > 20 && firstUnderHeading.Contains(p)))
        {
            var target = ParagraphTarget.Of(paragraph);
            var end = paragraph.Text.Value.Length;
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(PlaceholderInstructionMutator),
                Place = $"{target.Ref} 段末",
                Planted = $"段末加上“{Instruction}”",
                Edits = [new ReplaceText(target, end, 0, string.Empty, Instruction)],
                Marks = ["200字以内"],
                Places = [target.Ref],
            };
        }
    }
}
