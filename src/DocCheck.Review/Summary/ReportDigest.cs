using System.Collections.Immutable;
using System.Globalization;
using DocCheck.Core.Findings;

namespace DocCheck.Review.Summary;

/// <summary>
/// What a summary needs of one report's note: who and what it is, the verdict and counts, its key figures as
/// printed, and its findings. Small enough to keep thousands in memory where whole notes would not be.
/// </summary>
public sealed record ReportDigest
{
    /// <summary>The report's title (it names the project).</summary>
    public required string Title { get; init; }

    /// <summary>The unit, when recognised.</summary>
    public string? Unit { get; init; }

    /// <summary>The evaluated year, when recognised.</summary>
    public int? Year { get; init; }

    /// <summary>docx or pdf (from the content, not the name).</summary>
    public required string Format { get; init; }

    /// <summary>SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The findings, most severe first.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>The key figures as printed.</summary>
    public required KeyFigures Figures { get; init; }

    /// <summary>Error-level findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>Information.</summary>
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);

    /// <summary>Digests a note.</summary>
    public static ReportDigest From(ReviewNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new ReportDigest
        {
            Title = note.Title,
            Unit = note.Unit,
            Year = note.Year,
            Format = note.Format,
            Sha256 = note.Sha256,
            Verdict = note.Verdict,
            Findings = note.Findings,
            Figures = KeyFigures.From(note.Facts),
        };
    }
}

/// <summary>
/// A report's headline figures, each as first printed in the report (prose before tables, as the extractor reads
/// them). Roles are the Chinese role names of the note's <c>facts</c>.
/// </summary>
/// <param name="Budget">调整后（全年）预算, else 预算, else 年初预算.</param>
/// <param name="FundsReceived">实际到位资金.</param>
/// <param name="Spent">实际支出.</param>
/// <param name="ExecutionRate">The first stated rate whose name has 执行率.</param>
/// <param name="Score">综合得分 as printed.</param>
/// <param name="Grade">评价等级 as printed.</param>
public sealed record KeyFigures(string? Budget, string? FundsReceived, string? Spent, string? ExecutionRate, string? Score, string? Grade)
{
    /// <summary>The score as a number, when its printed form starts with one (91.35分 → 91.35).</summary>
    public decimal? ScoreValue => LeadingNumber(Score);

    /// <summary>Picks the figures out of a note's key facts.</summary>
    public static KeyFigures From(IEnumerable<KeyFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToList();
        string? First(Func<KeyFact, bool> match) => list.FirstOrDefault(match)?.Value;
        string? Role(string role) => First(f => f.Role == role);
        return new KeyFigures(
            Role("调整后（全年）预算") ?? Role("预算") ?? Role("年初预算"),
            Role("实际到位资金"),
            Role("实际支出"),
            First(f => f.Role == "比率" && f.Label.Contains("执行率", StringComparison.Ordinal)),
            Role("综合得分"),
            Role("评价等级"));
    }

    private static decimal? LeadingNumber(string? printed)
    {
        if (printed is null)
        {
            return null;
        }

        var length = 0;
        while (length < printed.Length && (char.IsAsciiDigit(printed[length]) || printed[length] == '.'))
        {
            length++;
        }

        return decimal.TryParse(printed.AsSpan(0, length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
