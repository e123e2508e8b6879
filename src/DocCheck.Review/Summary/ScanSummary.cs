using System.Collections.Immutable;
using DocCheck.Core.Findings;

namespace DocCheck.Review.Summary;

/// <summary>
/// The outcome of checking a batch of reports (a folder, a zip, or a batch of uploads): one entry per file, plus
/// what the writers need to name the rules. Built by the bulk scan; rendered by <see cref="XlsxSummaryWriter"/> and
/// <see cref="HtmlSummaryWriter"/>.
/// </summary>
public sealed record ScanSummary
{
    /// <summary>What was scanned (a folder or zip name), for titles.</summary>
    public required string Source { get; init; }

    /// <summary>The engine version that made the notes.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>When the summary was made.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>Every file, ordered by path.</summary>
    public required ImmutableArray<ScannedReport> Reports { get; init; }

    /// <summary>Descriptors by rule id, for titles.</summary>
    public required IReadOnlyDictionary<string, RuleDescriptor> Rules { get; init; }

    /// <summary>Files checked in this run.</summary>
    public int CheckedNow => Reports.Count(r => r.Status == ScanStatus.Checked && !r.Reused);

    /// <summary>Results taken from the state file.</summary>
    public int ReusedCount => Reports.Count(r => r.Reused);

    /// <summary>The checked reports' digests.</summary>
    public IEnumerable<(ScannedReport File, ReportDigest Report)> CheckedReports =>
        Reports.Where(r => r.Report is not null).Select(r => (r, r.Report!)); // Report is not null by the filter.

    /// <summary>Reports per verdict (checked files only).</summary>
    public int CountOf(Verdict verdict) => CheckedReports.Count(r => r.Report.Verdict == verdict);

    /// <summary>Files that were not checked: unreadable, failed or rejected.</summary>
    public IEnumerable<ScannedReport> NotChecked => Reports.Where(r => r.Status != ScanStatus.Checked);

    /// <summary>Rules that fired, most findings first: rule id, findings, reports.</summary>
    public IReadOnlyList<RuleTally> RuleTallies() => [.. CheckedReports
        .SelectMany(r => r.Report.Findings.Select(f => (f.RuleId, r.File.Path)))
        .GroupBy(p => p.RuleId, StringComparer.Ordinal)
        .Select(g => new RuleTally(g.Key, Title(g.Key), g.Count(), g.Select(p => p.Path).Distinct(StringComparer.Ordinal).Count()))
        .OrderByDescending(t => t.Findings)
        .ThenBy(t => t.RuleId, StringComparer.Ordinal)];

    /// <summary>The rule's title, or its id when the rule is not known.</summary>
    public string Title(string ruleId) => Rules.TryGetValue(ruleId, out var rule) ? rule.Title : ruleId;
}

/// <summary>How often a rule fired in a batch.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Findings">Findings in all reports.</param>
/// <param name="Reports">Reports with at least one.</param>
public sealed record RuleTally(string RuleId, string Title, int Findings, int Reports);
