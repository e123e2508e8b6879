using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Removes one whole level-1 section — its heading and its paragraphs; tables stay — of a report that follows an
/// outline (at least three of its level-1 headings name parts of the evaluation or self-evaluation outline).
/// Eligible: a level-1 heading naming a required part. When the removed text gave reasons (原因, 由于…), findings
/// that something is unexplained follow from the removal and are not counted as extras; when it stated the grade
/// bands, a grade finding under the standard bands does too.
/// </summary>
internal sealed partial class SectionRemovalMutator : IMutator
{
    /// <summary>Outline parts (the names of ../shared/rule-catalog.md and domain-notes) and words that name them in headings.</summary>
    private static readonly (string Part, string[] Words)[] Parts =
    [
        ("基本情况", ["基本情况", "项目概况"]),
        ("绩效评价工作开展情况", ["评价工作开展情况", "工作开展情况", "评价工作情况"]),
        ("综合评价情况及评价结论", ["综合评价", "评价结论"]),
        ("绩效评价指标分析", ["指标分析"]),
        ("主要经验及做法、存在的问题及原因分析", ["经验", "存在的问题", "问题及原因"]),
        ("有关建议", ["建议"]),
        ("其他需要说明的问题", ["其他需要说明", "其他说明"]),
        ("绩效目标完成情况分析", ["目标完成情况", "目标实现情况"]),
        ("偏离绩效目标的原因和下一步改进措施", ["偏离", "改进措施"]),
        ("绩效自评结果拟应用和公开情况", ["结果应用", "拟应用", "公开情况"]),
        // The department report's outline (部门整体支出绩效自评报告).
        ("存在的问题及原因", ["存在的问题", "存在问题", "问题及原因"]),
        ("改进措施及建议", ["改进措施", "建议"]),
        ("绩效目标完成情况（绩效自评情况）", ["目标完成情况", "目标实现情况", "绩效自评情况"]),
    ];

    /// <summary>The parts every department outline has (基本情况, 目标完成情况, 存在的问题, 改进措施).</summary>
    private static readonly HashSet<string> DepartmentParts =
        ["基本情况", "存在的问题及原因", "改进措施及建议", "绩效目标完成情况（绩效自评情况）", "绩效目标完成情况分析", "主要经验及做法、存在的问题及原因分析", "有关建议", "偏离绩效目标的原因和下一步改进措施"];

    /// <summary>Words that explain something (a deviation, a deduction, an over-achievement, a budget adjustment).</summary>
    private static readonly string[] ExplainingWords =
        ["原因", "由于", "因为", "主要是", "导致", "影响", "因", "追加", "调整", "调减", "调增", "调剂", "收回", "压减", "超额", "超出"];

    public string Rule => RuleIds.SectionMissing;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        // A department's whole-spending report follows its own outline, whose later parts vary by province
        // (domain notes): only the parts every variant has are required, so only those are removed.
        var department = report.Paragraphs.Where(p => report.TitleBlocks.Contains(p.Index))
            .Any(p => p.Text.Value.Contains("整体支出", StringComparison.Ordinal) || p.Text.Value.Contains("部门整体", StringComparison.Ordinal));
        var headings = report.Paragraphs
            .Where(p => p.IsHeading && p.OutlineLevel == 1 && !report.TitleBlocks.Contains(p.Index))
            .Select(p => (Paragraph: p, Parts: PartsOf(p.Body)))
            .ToList();
        if (headings.Count(h => h.Parts.Count > 0) < 3)
        {
            yield break;
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var (heading, parts) = headings[i];
            if (parts.Count == 0)
            {
                continue;
            }

            if (department && !parts.Any(DepartmentParts.Contains))
            {
                yield return Mutation.Skipped(Rule, nameof(SectionRemovalMutator), ParagraphTarget.Of(heading).Ref + " " + heading.Text.Value,
                    heading.Text.Value, "部门整体支出自评报告的提纲各地不一，此部分不是各地共有的必备部分");
                continue;
            }

            // The section ends at the next level-1 heading, styled or not (三、综合评价情况及评价结论 typed as a plain
            // paragraph is a section of its own, not part of the one removed).
            var end = i + 1 < headings.Count ? headings[i + 1].Paragraph.Index : int.MaxValue;
            end = report.Paragraphs.FirstOrDefault(p => p.Index > heading.Index && p.Index < end && !p.IsHeading && Level1Label().IsMatch(p.Text.Value))?.Index ?? end;
            var removed = report.Paragraphs.Where(p => p.Index >= heading.Index && p.Index < end).ToList();
            var body = removed.Skip(1).Select(p => p.Text.Value).ToList();
            var explained = body.Any(t => ExplainingWords.Any(w => t.Contains(w, StringComparison.Ordinal)));
            var statedBands = body.Any(t => StatedBands().IsMatch(t));
            var target = ParagraphTarget.Of(heading);
            yield return new Mutation
            {
                Rule = Rule,
                Mutator = nameof(SectionRemovalMutator),
                Place = $"{target.Ref} {heading.Text.Value}",
                Planted = $"删去“{heading.Text.Value}”一节（标题及 {removed.Count - 1} 段）",
                Edits = [new RemoveParagraphs([.. removed.Select(p => p.Index)])],
                Marks = [.. parts, heading.Body],
                ConsequencesAnywhere = true,
                Consequences = [.. explained ? RuleIds.ExplanationRules : [], .. statedBands ? [RuleIds.GradeMismatch] : Array.Empty<string>()],
            };
        }
    }

    /// <summary>The outline parts a heading names (a merged heading names several: 主要经验及做法、存在的问题和建议).</summary>
    private static List<string> PartsOf(string heading) =>
        [.. Parts.Where(p => p.Words.Any(w => heading.Contains(w, StringComparison.Ordinal))).Select(p => p.Part)];

    [GeneratedRegex("^[一二三四五六七八九十]{1,2}、")]
    private static partial Regex Level1Label();

    /// <summary>Grade bands stated in the text (90分（含）以上为优): without them the standard bands apply.</summary>
    [GeneratedRegex(@"\d+分.{0,10}为[“""]?(?:优|良|中|差|合格|不合格)")]
    private static partial Regex StatedBands();
}
