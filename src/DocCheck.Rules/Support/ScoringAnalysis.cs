using DocCheck.Extract;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;

namespace DocCheck.Rules.Support;

/// <summary>
/// What a scoring table adds up to and how much of the scoring framework it covers. Shared by the scoring rules
/// so that they agree on when a table is complete (财预〔2020〕10号: 决策 / 过程 / 产出 / 效益; 2013 framework names
/// 投入 / 过程 / 产出 / 效果; self-evaluation tables: 执行率 + 产出 / 效益 / 满意度).
/// </summary>
internal sealed class ScoringAnalysis
{
    private static readonly (string Key, string[] Words)[] EvaluationFramework =
    [
        ("决策", ["决策", "投入", "立项", "前期"]),
        ("过程", ["过程", "管理", "实施"]),
        ("产出", ["产出"]),
        ("效益", ["效益", "效果", "满意"]),
    ];

    private static readonly (string Key, string[] Words)[] SelfEvaluationFramework =
    [
        ("产出", ["产出"]),
        ("效益", ["效益", "效果"]),
        ("满意度", ["满意"]),
    ];

    private ScoringAnalysis(IndicatorTable table, BudgetExecution? execution, BudgetExecution? outside = null)
    {
        Table = table;
        Execution = execution;
        var level1 = table.Groups.Where(g => g.Level == 1).ToList();
        var framework = level1.Any(g => Matches(g.Name, EvaluationFramework[0].Words) || Matches(g.Name, EvaluationFramework[1].Words))
            ? EvaluationFramework
            : SelfEvaluationFramework;
        Present = framework.Where(f => level1.Any(g => Matches(g.Name, f.Words))).Select(f => f.Key).ToList();
        Missing = level1.Count == 0 ? [] : framework.Where(f => !Present.Contains(f.Key)).Select(f => f.Key).ToList();
        Level1Names = level1.Select(g => g.Name).ToList();

        var indicators = table.Indicators;
        var executionInTable = indicators.Any(i => i.IsExecutionRate);
        var extraWeight = !executionInTable && execution?.Weight is { } w ? Interval.Of(w) : Interval.Exact(0m);
        var extraScore = !executionInTable && execution?.Score is { } s ? Interval.Of(s) : Interval.Exact(0m);

        if (indicators.Count > 0 && indicators.All(i => i.Weight is not null))
        {
            RowWeight = indicators.Aggregate(extraWeight, (sum, i) => sum + Interval.Of(i.Weight!));
        }

        if (level1.Count > 0 && level1.All(g => g.Weight is not null))
        {
            TotalWeight = level1.Aggregate(extraWeight, (sum, g) => sum + Interval.Of(g.Weight!));
        }
        else
        {
            TotalWeight = RowWeight;
        }

        if (indicators.Count > 0 && indicators.All(i => i.Score is not null))
        {
            TotalScore = indicators.Aggregate(extraScore, (sum, i) => sum + Interval.Of(i.Score!));
            if (outside?.Score is { } outsideScore)
            {
                OverallScore = TotalScore.Value + Interval.Of(outsideScore);
            }
        }
    }

    /// <summary>
    /// The table's scores with the budget block's score added, when that block is a table of its own and this table
    /// totals only itself (绩效指标 … 合计 80): what a total claimed in the text adds up to.
    /// </summary>
    public Interval? OverallScore { get; }

    public IndicatorTable Table { get; }

    /// <summary>The budget-execution block on top of the same table, when any.</summary>
    public BudgetExecution? Execution { get; }

    public IReadOnlyList<string> Present { get; }

    public IReadOnlyList<string> Missing { get; }

    public IReadOnlyList<string> Level1Names { get; }

    /// <summary>The weights the table adds up to, when every weight is printed.</summary>
    public Interval? TotalWeight { get; }

    /// <summary>
    /// The weights of the indicator rows added up, when every row's is printed. A group's own weight may be the one
    /// mistyped (产出指标（45分） over rows of 40): then the rows reach the total and only the group is wrong.
    /// </summary>
    public Interval? RowWeight { get; }

    /// <summary>The scores the table adds up to, when every score is printed.</summary>
    public Interval? TotalScore { get; }

    /// <summary>The total the weights should reach: the total row's, else 100.</summary>
    public decimal ExpectedTotal => Table.DeclaredTotalWeight?.Value ?? 100m;

    /// <summary>
    /// Whether the table covers only part of the framework: a whole level-1 group is missing and the weights fall
    /// short of the total (a total row claiming 100 does not make the missing group's points appear).
    /// </summary>
    public bool IsIncomplete => !IsPartOfSplitTable && Missing.Count > 0 && TotalWeight is { } w && w.High < ExpectedTotal;

    /// <summary>The scoring tables of a report, with the budget-execution block of the same table.</summary>
    public static IReadOnlyList<ScoringAnalysis> Of(ReportFacts facts)
    {
        var tables = facts.IndicatorTables
            .Where(t => t.Has(IndicatorColumn.Weight) || t.Has(IndicatorColumn.Level1Weight) || t.Groups.Any(g => g.Weight is not null))
            .ToList();
        var analyses = tables.Select(t => ExecutionOf(t, tables, facts.Executions) is { } execution && IsSelfContained(t, execution)
                ? new ScoringAnalysis(t, null, execution)
                : new ScoringAnalysis(t, ExecutionOf(t, tables, facts.Executions)))
            .ToList();

        // A scoring table split in two (决策、过程 40分 in one, 产出、效益 60分 in the next): each level-1 group in
        // exactly one of them — not a summary table beside a detailed one — together they are the framework, and a
        // total claimed in the text is the sum of both.
        if (analyses.Count >= 2 && analyses.All(a => a.TotalWeight is not null)
            && analyses.Aggregate(Interval.Exact(0m), (sum, a) => sum + a.TotalWeight!.Value).High >= FullMarks - 0.001m
            && EvaluationFramework.All(f => analyses.Count(a => a.Level1Names.Any(n => Matches(n, f.Words))) == 1)
            && analyses.All(a => a.Missing.Count > 0 && a.Level1Names.Any(n => EvaluationFramework.Any(f => Matches(n, f.Words)))))
        {
            var combined = analyses.All(a => a.TotalScore is not null)
                ? analyses.Aggregate(Interval.Exact(0m), (sum, a) => sum + a.TotalScore!.Value)
                : (Interval?)null;
            foreach (var analysis in analyses)
            {
                analysis.SplitTableScore = combined;
                analysis.IsPartOfSplitTable = true;
            }
        }

        return analyses;
    }

    /// <summary>Whether this table is one part of a scoring table split over several (see <see cref="SplitTableScore"/>).</summary>
    public bool IsPartOfSplitTable { get; private set; }

    /// <summary>The scores of all the parts of a split scoring table, when every part prints them.</summary>
    public Interval? SplitTableScore { get; private set; }

    /// <summary>
    /// Whether a table whose budget block stands in another table totals only its own rows: its declared total
    /// (绩效指标 … 总分值 80) is met without the block's weight…
    /// </summary>
    private static bool IsSelfContained(IndicatorTable table, BudgetExecution execution)
    {
        if (execution.WeightAnchor?.Location.Table == table.Table.TableIndex || table.DeclaredTotalWeight is not { } declared)
        {
            return false;
        }

        var level1 = table.Groups.Where(g => g.Level == 1).ToList();
        var own = level1.Count > 0 && level1.All(g => g.Weight is not null) ? level1.Sum(g => g.Weight!.Value)
            : table.Indicators.Count > 0 && table.Indicators.All(i => i.Weight is not null) ? table.Indicators.Sum(i => i.Weight!.Value)
            : (decimal?)null;
        // …and with the block's weight the whole reaches 100 (绩效指标 80 + 执行率 20); a table declaring 100 on its
        // own while a block of 10 stands beside it adds up to 110, which is the report's error, not a layout. When the
        // rows meet neither reading (a weight changed), the declared 80 still says the block stands outside.
        return own is { } sum && execution.Weight is { } weight && declared.Value + weight.Value == FullMarks
            && (Fits(sum, declared) || !Fits(sum + weight.Value, declared));
    }

    private static bool Fits(decimal sum, PrintedNumber declared) => Math.Abs(sum - declared.Value) <= declared.HalfUlp + 0.001m;

    private const decimal FullMarks = 100m;

    /// <summary>
    /// The budget-execution block that belongs to a scoring table: the one in the same table, else — when the
    /// self-evaluation table was split in two (budget block, then 绩效指标（90分）) — the nearest one in a table
    /// before it, with no other scoring table in between.
    /// </summary>
    private static BudgetExecution? ExecutionOf(IndicatorTable table, List<IndicatorTable> scoringTables, IReadOnlyList<BudgetExecution> executions)
    {
        var index = table.Table.TableIndex;
        if (executions.FirstOrDefault(e => e.WeightAnchor?.Location.Table == index) is { } own)
        {
            return own;
        }

        var previousScoring = scoringTables.Where(t => t.Table.TableIndex < index).Select(t => t.Table.TableIndex).DefaultIfEmpty(-1).Max();
        return executions
            .Where(e => e.Weight is not null && e.WeightAnchor?.Location.Table is { } at && at < index && at > previousScoring)
            .MaxBy(e => e.WeightAnchor!.Location.Table);
    }

    private static bool Matches(string name, string[] words) => words.Any(w => name.Contains(w, StringComparison.Ordinal));
}
