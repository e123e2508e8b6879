using System.Collections.Immutable;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;

namespace DocCheck.Review;

/// <summary>The review note (审核意见) of one report: everything the writers render, in plain values.</summary>
public sealed record ReviewNote
{
    /// <summary>The report's title.</summary>
    public required string Title { get; init; }

    /// <summary>The unit, when recognised.</summary>
    public string? Unit { get; init; }

    /// <summary>The evaluated year, when recognised.</summary>
    public int? Year { get; init; }

    /// <summary>The file name.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file.</summary>
    public required string Sha256 { get; init; }

    /// <summary>docx or pdf.</summary>
    public required string Format { get; init; }

    /// <summary>The engine that wrote the note (results are reproducible per engine version).</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The findings, most severe first.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>Title and advice per rule id.</summary>
    public required IReadOnlyDictionary<string, RuleDescriptor> Rules { get; init; }

    /// <summary>How many checks were made and how many failed.</summary>
    public required CoverageSummary Coverage { get; init; }

    /// <summary>What could not be checked, and why.</summary>
    public required ImmutableArray<UncheckedItem> Unchecked { get; init; }

    /// <summary>The key figures read, with their roles.</summary>
    public required ImmutableArray<KeyFact> Facts { get; init; }

    /// <summary>The indicator tables as understood.</summary>
    public required ImmutableArray<IndicatorRow> Indicators { get; init; }
}

/// <summary>How much was checked.</summary>
/// <param name="Checks">Checks made.</param>
/// <param name="Failed">Checks that found a problem.</param>
/// <param name="ByRule">Per rule id: (checks, failed).</param>
public sealed record CoverageSummary(int Checks, int Failed, IReadOnlyDictionary<string, (int Checks, int Failed)> ByRule);

/// <summary>Something that could not be checked.</summary>
/// <param name="Subject">What.</param>
/// <param name="Reason">Why.</param>
/// <param name="Location">Where, when one place.</param>
public sealed record UncheckedItem(string Subject, string Reason, SourceLocation? Location);

/// <summary>A key figure as read.</summary>
/// <param name="Role">Its role in Chinese (预算, 实际支出, 综合得分…).</param>
/// <param name="Label">The words it was found under.</param>
/// <param name="Value">The value as printed.</param>
/// <param name="Location">Where.</param>
public sealed record KeyFact(string Role, string Label, string Value, SourceLocation Location);

/// <summary>An indicator row as understood.</summary>
public sealed record IndicatorRow(
    int Table,
    string Level1,
    string Level2,
    string Name,
    string Target,
    string Actual,
    string Weight,
    string Score,
    string Reason,
    SourceLocation Location);
