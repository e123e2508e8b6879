using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Core.Text;
using DocCheck.Core.Findings;
using DocCheck.Rules;

namespace DocCheck.Cli.Evaluation;

/// <summary>
/// Compares a mutant's findings with its report's baseline. A finding is new when its rule, subject and claimed
/// value (see <see cref="Key"/>) are not among the baseline's (as a multiset: a second identical finding is new). A new finding of the
/// planted rule that mentions the change is a hit; one of a rule the change necessarily trips (the mutation's
/// consequences) that mentions it is a consequence; any other new finding is an extra.
/// </summary>
internal static partial class FindingComparison
{
    /// <summary>Splits the mutant's new findings into hits, consequences and extras.</summary>
    public static (List<Finding> Hits, List<Finding> Consequences, List<string> Extras) Compare(
        Mutation mutation, RuleRunResult baseline, RuleRunResult mutant)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(mutant);
        var remaining = baseline.Findings.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var hits = new List<Finding>();
        var consequences = new List<Finding>();
        var extras = new List<string>();
        foreach (var finding in mutant.Findings)
        {
            var key = Key(finding);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                continue;
            }

            if (finding.RuleId == mutation.Rule && Mentions(finding, mutation, consequence: false))
            {
                hits.Add(finding);
            }
            else if (mutation.Consequences.Contains(finding.RuleId) && (mutation.ConsequencesAnywhere || Mentions(finding, mutation, consequence: true)))
            {
                consequences.Add(finding);
            }
            else if (MovedByTheScoreChange(finding, mutation))
            {
                (finding.RuleId == mutation.Rule ? hits : consequences).Add(finding);
            }
            else
            {
                extras.Add(Describe(finding));
            }
        }

        var crashed = baseline.Failures.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        extras.AddRange(mutant.Failures.Where(f => !crashed.Contains(f.RuleId)).Select(f => $"system.rule-failed {f.RuleId}"));
        return (hits, consequences, extras);
    }

    /// <summary>
    /// Whether a total-score finding is off by exactly the planted change of one score: a total stated elsewhere (the
    /// text's 综合得分 over a scoring table split in two) no longer adds up for the same reason as the table's own.
    /// </summary>
    private static bool MovedByTheScoreChange(Finding finding, Mutation mutation) =>
        mutation.ScoreChange is { } change && finding.RuleId == RuleIds.ScoreTotalMismatch
        && FirstNumber(finding.Claimed) is { } claimed && FirstNumber(finding.Computed) is { } computed
        && Math.Abs(computed - claimed - change) < 0.005m;

    private static decimal? FirstNumber(string? text) =>
        text is null || Number().Match(TextNormalizer.NormalizeValue(text)) is not { Success: true } match ? null
            : decimal.Parse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>A finding in one line: rule, subject, claimed, computed and its evidence's locations.</summary>
    public static string Describe(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{finding.RuleId} {finding.Subject} 写为={finding.Claimed ?? "-"} 计算={finding.Computed ?? "-"} @ {string.Join("; ", finding.Evidence.Select(e => e.Location))}";
    }

    /// <summary>
    /// Rule, subject and claimed value; a claimed value with numbers is keyed by its numbers alone, since the unit a
    /// finding prints can come from another sentence (3,386.88 vs 3,386.88万元 once a section is gone).
    /// </summary>
    private static (string, string, string) Key(Finding finding)
    {
        var claimed = TextNormalizer.NormalizeValue(finding.Claimed);
        var numbers = Number().Matches(claimed).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToList();
        return (finding.RuleId, TextNormalizer.NormalizeValue(finding.Subject), numbers.Count > 0 ? string.Join("|", numbers) : claimed);
    }

    /// <summary>
    /// Whether a finding's subject, claimed or computed value or quotes mention one of the mutation's marks (a
    /// subject of two or more characters contained in a mark counts too: 建议 for 有关建议), one of its values, or
    /// whether its evidence points at a changed place (or, for a consequence, anywhere in the mutation's scope).
    /// </summary>
    internal static bool Mentions(Finding finding, Mutation mutation, bool consequence)
    {
        string?[] fields = [finding.Subject, finding.Claimed, finding.Computed, .. finding.Evidence.Select(e => e.Quote)];
        var texts = fields.OfType<string>().Where(t => t.Length > 0).Select(TextNormalizer.NormalizeValue).ToList();
        var marks = mutation.Marks.Select(TextNormalizer.NormalizeValue).Where(m => m.Length > 0).ToList();
        var subject = TextNormalizer.NormalizeValue(finding.Subject);
        if (marks.Any(mark => texts.Any(t => t.Contains(mark, StringComparison.Ordinal))))
        {
            return true;
        }

        if (subject.Length >= 2 && !subject.Any(char.IsAsciiDigit) && marks.Any(mark => mark.Contains(subject, StringComparison.Ordinal)))
        {
            return true;
        }

        if (mutation.Values.Length > 0)
        {
            var numbers = texts.SelectMany(t => Number().Matches(t))
                .Select(m => decimal.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))
                .ToList();
            if (mutation.Values.Any(v => numbers.Any(n => Math.Abs(n - v) < 0.005m)))
            {
                return true;
            }
        }

        var places = consequence ? mutation.Places.AddRange(mutation.Scope) : mutation.Places;
        return finding.Evidence.Select(e => e.Location with { Page = null, Box = null }).Select(l => l.ToString())
            .Any(location => places.Any(place => location == place || location.StartsWith(place + "[", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
