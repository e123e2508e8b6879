using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Core.Text;
using DocCheck.Extract.Sections;

namespace DocCheck.Rules.Rules.Structure;

/// <summary>报告缺少规定提纲中的部分（评价报告七部分；自评报告四部分）。</summary>
/// <remarks>
/// Headings are matched by their words, synonyms and merged sections accepted (主要经验及做法、存在的问题和建议
/// stands for two parts); only what is truly absent is reported. A self-evaluation table on its own has no outline.
/// </remarks>
public sealed class RequiredSectionsRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "section.missing", "缺少规定的报告内容", RuleArea.Structure, Severity.Warning,
        "请按规定的报告提纲补充该部分内容。");

    /// <summary>Fewer headings than this means the report has no outline to judge.</summary>
    private const int MinimumHeadings = 3;

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sections = context.Facts.Sections;
        if (sections.Kind == ReportKind.SelfEvaluationTable)
        {
            yield break;
        }

        if (sections.HeadingCount < MinimumHeadings)
        {
            context.CannotVerify("报告提纲", "报告中识别出的标题过少，无法对照规定提纲检查。");
            yield break;
        }

        // A report that covers less than half of even the outline it matches best follows none of them.
        if (sections.Found.Count * 2 < sections.Outline.Count)
        {
            context.CannotVerify("报告提纲", "报告的标题与各类规定提纲（评价报告、项目支出自评报告、项目绩效报告、部门整体支出自评报告）均对应不上，无法判断缺少哪一部分。");
            yield break;
        }

        var outlineName = sections.Kind switch
        {
            ReportKind.SelfEvaluationReport => "项目支出自评报告提纲",
            ReportKind.DepartmentReport => "部门整体支出自评报告提纲",
            ReportKind.ProjectReport => "项目绩效报告提纲（项目概况、资金使用及管理、组织实施、绩效情况、问题、措施）",
            _ => "评价报告提纲（财预〔2020〕10号）",
        };
        var paragraphs = context.Facts.Document.Paragraphs.Where(p => p.Location.Part == DocumentPart.Body).ToList();
        var title = paragraphs.FirstOrDefault(p => p.Text.Original.Trim() == context.Facts.Title)
            ?? paragraphs.FirstOrDefault(p => p.OutlineLevel == 0)
            ?? paragraphs[0];
        foreach (var section in sections.Outline)
        {
            if (sections.Found.ContainsKey(section.Id))
            {
                context.Passed(section.Title);
                continue;
            }

            var evidence = new Evidence(title.Location, title.Text.Original.Trim(), "报告标题");
            var headings = context.Facts.Document.Paragraphs.Where(p => p.IsHeading && p.OutlineLevel == 1).Select(p => p.Text.Original.Trim()).Take(10);
            yield return context.Report(section.Title,
                $"报告缺少{outlineName}要求的“{section.Title}”部分（现有一级标题：{string.Join("；", headings)}）。",
                null, section.Title, [evidence]);
        }
    }
}
