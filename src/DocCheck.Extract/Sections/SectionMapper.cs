using DocCheck.Core.Documents;

namespace DocCheck.Extract.Sections;

/// <summary>
/// Maps headings onto the standard outlines by their words, not their numbering (reports mix 一、 3、 （3） for one
/// level), accepts merged sections (主要经验及做法、存在的问题和建议 stands for two), and judges a report against the
/// outline it actually follows — the accepted outline its headings cover best — never against one picked from a word
/// of its title (many reports titled 自评报告 follow the seven-part evaluation outline).
/// </summary>
public static partial class SectionMapper
{
    /// <summary>A run-in heading (一、基本情况(一)项目概况本项目…) names its section in its first characters.</summary>
    private const int RunInHeadingWindow = 16;

    private static readonly (ReportKind Kind, IReadOnlyList<StandardSection> Outline)[] AcceptedOutlines =
    [
        (ReportKind.Evaluation, StandardSection.EvaluationOutline),
        (ReportKind.SelfEvaluationReport, StandardSection.SelfEvaluationOutline),
        (ReportKind.DepartmentReport, StandardSection.DepartmentOutline),
        (ReportKind.ProjectReport, StandardSection.ProjectOutline),
    ];

    /// <summary>Maps the document's headings.</summary>
    public static SectionMap Map(ReportDocument document, string title)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(title);
        var headings = document.Paragraphs.Where(p => p.IsHeading && p.OutlineLevel > 0 && p.Location.Part == DocumentPart.Body).ToList();
        var starters = document.Paragraphs.Where(p => p.Location.Part == DocumentPart.Body && IsSectionStarter(p)).ToList();
        // A 自评表 with its explanation written under it (自评情况说明：一、项目基本情况。… 二、资金情况。…) is still the
        // form: the explanation follows no outline.
        var explainedForm = title.Contains("自评表", StringComparison.Ordinal) && starters.Count > 0
            && document.Paragraphs.Any(p => p.Index < starters[0].Index && FormExplanation().IsMatch(p.Text.Value));
        // A cover letter that hands the form in (关于报送…绩效自评表的说明) numbers its paragraphs but follows no outline either.
        var coverOfTheForm = FormCoverTitle().IsMatch(title) && !title.Contains("报告", StringComparison.Ordinal);
        if (title.Contains("自评表", StringComparison.Ordinal) && ((headings.Count < 3 && starters.Count < 3) || explainedForm || coverOfTheForm))
        {
            return Build(document, ReportKind.SelfEvaluationTable, [], starters, headings.Count);
        }

        // How well an outline fits: the share of its sections the report covers together with the share of the
        // report's top-level headings it accounts for (an outline that leaves 综合评价情况及评价结论 unexplained is
        // not the one the report follows). The department outline is only for a whole department's spending, and
        // the project self-evaluation outline never is: a department report that lost its 存在的问题 section must not
        // pass as a project report whose 下一步改进措施 covers 偏离绩效目标的原因和下一步改进措施.
        var topLevel = starters.Where(p => p.OutlineLevel == 1 || (!p.IsHeading && (p.Label?.DefaultLevel == 1 || p.Label is null))).ToList();
        var department = title.Contains("整体", StringComparison.Ordinal);
        var (kind, outline) = AcceptedOutlines
            .Where(o => department ? o.Kind is not (ReportKind.SelfEvaluationReport or ReportKind.ProjectReport) : o.Kind != ReportKind.DepartmentReport)
            .Where(o => o.Kind != ReportKind.ProjectReport || FollowsProjectLayout(topLevel))
            .Select(o => (o.Kind, o.Outline,
                Fit: (double)(o.Outline.Count(s => starters.Any(p => Names(p, s))) + topLevel.Count(p => o.Outline.Any(s => Names(p, s))))
                    / (o.Outline.Count + topLevel.Count)))
            .OrderByDescending(o => o.Fit + (TitleSuggests(title, o.Kind) > 0 ? TitleWeight : 0))
            .Select(o => (o.Kind, o.Outline))
            .First();
        return Build(document, kind, outline, starters, Math.Max(headings.Count, starters.Count));
    }

    private static SectionMap Build(ReportDocument document, ReportKind kind, IReadOnlyList<StandardSection> outline, List<ParagraphBlock> starters, int headingCount)
    {
        var found = new Dictionary<string, ParagraphBlock>();
        var sectionOfBlock = new string?[document.Blocks.Length];
        var starterSet = starters.ToDictionary(h => h.Index);
        string? current = null;
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            if (starterSet.TryGetValue(i, out var heading))
            {
                var matches = outline.Where(s => Names(heading, s)).ToList();
                foreach (var match in matches)
                {
                    found.TryAdd(match.Id, heading);
                }

                // A top-level heading that names no standard section starts a section of its own.
                if (matches.Count > 0)
                {
                    current = matches[0].Id;
                }
                else if (heading.OutlineLevel == 1 || heading.Label?.DefaultLevel == 1 || (!heading.IsHeading && heading.Label is null))
                {
                    current = null;
                }
            }

            sectionOfBlock[i] = current;
        }

        return new SectionMap(kind, outline, found, sectionOfBlock, headingCount);
    }

    /// <summary>
    /// A heading, or a paragraph that opens with a top-level label and runs its heading into its text
    /// (一、基本情况（一）项目基本概况本项目…, also at the second level): both start a section.
    /// </summary>
    private static bool IsSectionStarter(ParagraphBlock paragraph) =>
        (paragraph.IsHeading && paragraph.OutlineLevel > 0)
        || (paragraph.Label is { DefaultLevel: <= 2 } && paragraph.Body.Length > 0)
        || (paragraph.Label is not null && OpensWithAFullSectionName(paragraph.Body))
        || IsBareHeading(paragraph);

    /// <summary>
    /// A part of an outline under a label of another level (二、… 3、综合评价情况及评价结论：… 四、…, numbering slips): its
    /// full name, long enough that no sub-point is named so, makes it the part whatever its label.
    /// </summary>
    private static bool OpensWithAFullSectionName(string body) =>
        AcceptedOutlines.Any(o => o.Outline.Any(s => s.Title.Length >= MinimumFullSectionName && body.StartsWith(s.Title, StringComparison.Ordinal)));

    private const int MinimumFullSectionName = 6;

    /// <summary>
    /// A short line with no label, no style and no sentence in it that names a part of an outline (项目概况,
    /// 综合评价情况及评价结论): a heading whose formatting was lost; it counts as a top-level one.
    /// </summary>
    private static bool IsBareHeading(ParagraphBlock paragraph) =>
        !paragraph.IsHeading && paragraph.Label is null && paragraph.Body.Length is > 1 and <= MaxBareHeading
        && paragraph.Body.AsSpan().IndexOfAny(SentencePunctuation) < 0
        && AcceptedOutlines.Any(o => o.Outline.Any(s => s.Synonyms.Any(w => paragraph.Body.Contains(w, StringComparison.Ordinal))));

    private const int MaxBareHeading = 20;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，；;,:：");

    /// <summary>
    /// The older project outline is the one a report follows only when its top level shows the parts no other outline
    /// has there (项目资金使用及管理情况, 项目组织实施情况): an evaluation report discusses both under its 指标分析. A
    /// report that also opens the evaluation's own parts at the top (综合评价情况及评价结论, 绩效评价工作开展情况)
    /// follows the evaluation outline and is judged by it.
    /// </summary>
    private static bool FollowsProjectLayout(List<ParagraphBlock> topLevel) =>
        StandardSection.ProjectOutline.Where(s => s.Id is "funds" or "implementation").Any(s => topLevel.Any(p => Names(p, s)))
        && !StandardSection.EvaluationOutline.Where(s => s.Id is "process" or "conclusion").Any(s => topLevel.Any(p => Names(p, s)));

    private static bool Names(ParagraphBlock heading, StandardSection section)
    {
        var words = heading.IsHeading ? heading.Body : heading.Body[..Math.Min(RunInHeadingWindow, heading.Body.Length)];
        return section.Synonyms.Any(w => words.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// What the title says weighs a little: enough to keep a 绩效评价报告 missing a part on the evaluation outline,
    /// never enough to hold a 自评报告 that follows the seven parts to the four.
    /// </summary>
    private const double TitleWeight = 0.1;

    private static int TitleSuggests(string title, ReportKind kind) => kind switch
    {
        ReportKind.DepartmentReport => 1,
        ReportKind.SelfEvaluationReport => title.Contains("自评", StringComparison.Ordinal) ? 1 : 0,
        ReportKind.ProjectReport => 0, // titled 自评报告 and 评价报告 alike: its layout alone tells it.
        _ => title.Contains("评价报告", StringComparison.Ordinal) && !title.Contains("自评", StringComparison.Ordinal) ? 1 : 0,
    };

    [System.Text.RegularExpressions.GeneratedRegex("报送.*自评表|自评表的?(情况)?说明")]
    private static partial System.Text.RegularExpressions.Regex FormCoverTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(自评情况说明|自评说明|情况说明|绩效自评说明|填报说明)\s*[:：]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex FormExplanation();
}