using System.Text.RegularExpressions;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Restores grade tick boxes that a PDF shows as letters: when Wingdings 2 is missing the producer prints the raw
/// codes, so "☑优 □良" comes out as "R优 £良" (as in the seeds' text). Only directly before a grade word, where
/// neither letter can be meant literally.
/// </summary>
internal static partial class TickBoxes
{
    public static string Repair(string text) =>
        text.Contains('£', StringComparison.Ordinal) || text.Contains('R', StringComparison.Ordinal) || text.Contains('T', StringComparison.Ordinal)
            ? Box().Replace(text, m => m.Value[0] switch { 'R' => "☑", 'T' => "☒", _ => "□" })
            : text;

    [GeneratedRegex(@"(?<![A-Za-z])[RT£](?=\s*(优|良|中|差|合格|不合格|一般|较差))")]
    private static partial Regex Box();
}
