using DocCheck.Core.Findings;
using DocCheck.Core.Text;

namespace DocCheck.Pipeline.Evaluation;

/// <summary>
/// A check's findings scored against what a person expected on the same report. An expected finding is found by a
/// finding of the same rule that mentions its key (in the subject, claimed or computed value, message or a quote);
/// failing that — when the key is words, not a figure — by a finding of the same rule that no other expectation took
/// (the key may be worded differently).
/// Error and warning findings that match nothing are extra; info findings are never extra. In an excerpt,
/// <c>section.missing</c> and <c>table.incomplete</c> are left out on both sides (the cut removed them).
/// </summary>
public sealed record ExpectationScore(
    ExpectedReport Report,
    IReadOnlyList<(ExpectedFinding Expected, Finding Finding)> Found,
    IReadOnlyList<ExpectedFinding> Missed,
    IReadOnlyList<Finding> Extra)
{
    /// <summary>Whether the report was expected to be clean and got an error-level finding.</summary>
    public bool CleanReportWithError => Report.Expected.Count == 0 && Extra.Any(f => f.Severity == Severity.Error);

    /// <summary>Scores one check.</summary>
    public static ExpectationScore Score(ExpectedReport report, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        // An excerpt lacks what was cut: sections, and the rest of a scoring table.
        bool Counted(string rule) => !(report.IsExcerpt && rule is "section.missing" or "table.incomplete");
        var expected = report.Expected.Where(e => Counted(e.RuleId)).ToList();
        var open = findings.Where(f => Counted(f.RuleId)).ToList();
        var found = new List<(ExpectedFinding, Finding)>();
        var missed = new List<ExpectedFinding>();

        foreach (var strict in new[] { true, false })
        {
            foreach (var e in expected.ToList())
            {
                var key = Normalize(e.Key);
                // A key that is a figure (2026400元, 71处) is a value the finding must quote: a finding about another
                // figure of the same rule does not stand in for it. Keys in words may be worded differently.
                if (!strict && IsFigure(key))
                {
                    continue;
                }

                var match = open.FirstOrDefault(f => f.RuleId == e.RuleId && (!strict || key.Length == 0 || Mentions(f, key)));
                if (match is not null)
                {
                    found.Add((e, match));
                    open.Remove(match);
                    expected.Remove(e);
                }
            }
        }

        missed.AddRange(expected);
        return new ExpectationScore(report, found, missed, open.Where(f => f.Severity != Severity.Info).ToList());
    }

    private static bool Mentions(Finding finding, string key)
    {
        var text = string.Concat(finding.Subject, "\n", finding.Claimed, "\n", finding.Computed, "\n", finding.Message, "\n",
            string.Join("\n", finding.Evidence.Select(e => e.Quote)));
        return Normalize(text).Contains(key, StringComparison.Ordinal);
    }

    /// <summary>A number with at most a short unit after it, and nothing else.</summary>
    private static bool IsFigure(string key)
    {
        var digits = key.TakeWhile(c => char.IsAsciiDigit(c) || c is '.' or ',').Count();
        return digits > 0 && key.Length - digits <= MaxUnitLength;
    }

    private const int MaxUnitLength = 3;

    private static string Normalize(string text) =>
        TextNormalizer.NormalizeValue(text).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
}
