using DocCheck.Core.Documents;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Periods;
using DocCheck.Extract.Scores;
using DocCheck.Extract.Sections;

namespace DocCheck.Extract;

/// <summary>Everything DocCheck read from a report: what the rules check and the review note's appendix shows.</summary>
public sealed class ReportFacts
{
    /// <summary>The document read.</summary>
    public required ReportDocument Document { get; init; }

    /// <summary>The report's title.</summary>
    public required string Title { get; init; }

    /// <summary>The unit that wrote or carries out the project, when stated.</summary>
    public string? Unit { get; init; }

    /// <summary>The year the report evaluates.</summary>
    public int? Year { get; init; }

    /// <summary>Headings mapped onto the outline.</summary>
    public required SectionMap Sections { get; init; }

    /// <summary>Money figures with roles.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }

    /// <summary>Stated totals with their parts.</summary>
    public required IReadOnlyList<SumStatement> Sums { get; init; }

    /// <summary>Stated rates.</summary>
    public required IReadOnlyList<RateStatement> Rates { get; init; }

    /// <summary>Budget-execution rows (weight, rate, score).</summary>
    public required IReadOnlyList<BudgetExecution> Executions { get; init; }

    /// <summary>Indicator and scoring tables.</summary>
    public required IReadOnlyList<IndicatorTable> IndicatorTables { get; init; }

    /// <summary>Total scores claimed.</summary>
    public required IReadOnlyList<ScoreClaim> TotalScores { get; init; }

    /// <summary>Grades claimed.</summary>
    public required IReadOnlyList<GradeClaim> Grades { get; init; }

    /// <summary>The grade bands the report states, or null when it states none.</summary>
    public GradeBands? StatedBands { get; init; }

    /// <summary>Periods that do not match the report's.</summary>
    public required IReadOnlyList<PeriodMention> Periods { get; init; }

    /// <summary>Table cells that state a difference of two cells of their row (a source's 结余 = 到位 − 支出).</summary>
    public IReadOnlyList<DifferenceStatement> Differences { get; init; } = [];

    /// <summary>Counts stated in the text and the tables (完成52所学校), compared with each other by figure.conflict.</summary>
    public IReadOnlyList<CountMention> Counts { get; init; } = [];

    /// <summary>The band rule the report states for the budget-execution score, when it states one.</summary>
    public IReadOnlyList<ExecutionBand> ExecutionBands { get; init; } = [];

    /// <summary>Explanations the prose gives for indicators (deviation, deduction, over-achievement).</summary>
    public ProseExplanations Explanations { get; init; } = ProseExplanations.None;

    /// <summary>All indicators of all indicator tables.</summary>
    public IEnumerable<(IndicatorTable Table, Indicator Indicator)> Indicators =>
        IndicatorTables.SelectMany(t => t.Indicators.Select(i => (t, i)));

    /// <summary>A copy with other indicator tables (the classifier filled labels a table lost).</summary>
    public ReportFacts WithIndicatorTables(IReadOnlyList<IndicatorTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return new ReportFacts
        {
            Document = Document,
            Title = Title,
            Unit = Unit,
            Year = Year,
            Sections = Sections,
            Figures = Figures,
            Sums = Sums,
            Rates = Rates,
            Executions = Executions,
            IndicatorTables = tables,
            TotalScores = TotalScores,
            Grades = Grades,
            StatedBands = StatedBands,
            Periods = Periods,
            Explanations = Explanations,
            ExecutionBands = ExecutionBands,
            Counts = Counts,
            Differences = Differences,
        };
    }
}
