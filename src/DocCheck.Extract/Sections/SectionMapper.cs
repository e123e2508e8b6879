using DocCheck.Core.Documents;

namespace DocCheck.Extract.Sections;

/// <summary>
/// Maps headings onto the standard outline by their words, not their numbering (reports mix 一、 3、 （3） for one
/// level) and accepts merged sections (主要经验及做法、存在的问题和建议 stands for two).
/// </summary>
public static class SectionMapper
{
    /// <summary>Maps the document's headings.</summary>
    public static SectionMap Map(ReportDocument document, string title)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(title);
        var headings = document.Paragraphs.Where(p => p.IsHeading && p.OutlineLevel > 0 && p.Location.Part == DocumentPart.Body).ToList();
        var kind = KindOf(title, headings.Count);
        var outline = kind switch
        {
            ReportKind.Evaluation => StandardSection.EvaluationOutline,
            ReportKind.SelfEvaluationReport => StandardSection.SelfEvaluationOutline,
            _ => [],
        };

        var found = new Dictionary<string, ParagraphBlock>();
        var sectionOfBlock = new string?[document.Blocks.Length];
        var headingSet = headings.ToDictionary(h => h.Index);
        string? current = null;
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            if (headingSet.TryGetValue(i, out var heading))
            {
                var matches = outline.Where(s => s.Synonyms.Any(w => heading.Body.Contains(w, StringComparison.Ordinal))).ToList();
                foreach (var match in matches)
                {
                    found.TryAdd(match.Id, heading);
                }

                // A top-level heading that names no standard section starts a section of its own.
                if (matches.Count > 0)
                {
                    current = matches[0].Id;
                }
                else if (heading.OutlineLevel == 1)
                {
                    current = null;
                }
            }

            sectionOfBlock[i] = current;
        }

        return new SectionMap(kind, outline, found, sectionOfBlock, headings.Count);
    }

    private static ReportKind KindOf(string title, int headingCount)
    {
        if (title.Contains("自评表", StringComparison.Ordinal) && headingCount < 3)
        {
            return ReportKind.SelfEvaluationTable;
        }

        return title.Contains("自评", StringComparison.Ordinal) ? ReportKind.SelfEvaluationReport : ReportKind.Evaluation;
    }
}
