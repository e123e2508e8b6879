using DocCheck.Cli.Evaluation;
using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Cli.Evaluation.Mutations.Word;
using DocCheck.Core.Documents;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Testing.Sources;

namespace DocCheck.Cli.Tests.Evaluation;

/// <summary>
/// A small self-evaluation report with one place for every mutator (its arithmetic holds: 76.20 + 52.20 = 128.40,
/// 115.56 ÷ 128.40 = 90.00%, 128.40 − 115.56 = 12.84, 180 ÷ 200 = 90.00%, weights 10 + 25 + 15 + 30 + 20 = 100,
/// scores 9 + 22.73 + 14 + 30 + 20 = 95.73 → 优), made into a real Word file; and the means to plant into it and see what
/// changed as the reader reads the copy.
/// </summary>
internal sealed class MutationFixture
{
    public const string Source = """
        @title 示例县2022年度农民培训项目支出绩效自评报告
        # 示例县2022年度农民培训项目支出绩效自评报告
        ## 一、基本情况
        示例县2022年度项目预算128.40万元，其中中央资金76.20万元、县级资金52.20万元。截至2022年12月31日，项目实际支出115.56万元，预算执行率90.00%，结余12.84万元。
        ## 二、绩效目标完成情况分析
        全年培训200人，其中考核合格180人，合格率90.00%。项目自评得分95.73分，自评等级为“优”。
        ## 三、偏离绩效目标的原因和下一步改进措施
        下一步将加强培训组织，提前发布培训计划。
        ## 四、绩效自评结果拟应用和公开情况
        自评结果将作为下年度预算安排的依据，并在县政府门户网站公开。
        | 项目资金（万元） | < | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
        | 年度资金总额 | < | 128.40 | 128.40 | 115.56 | 10 | 90.00% | 9 |
        | 其中：当年财政拨款 | < | 128.40 | 128.40 | 115.56 | — | — | — |
        | 上年结转资金 | < | 0.00 | 0.00 | 0.00 | — | — | — |
        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
        | 产出指标（40分） | 数量指标 | 培训人数 | ≥220人 | 200人 | 25 | 22.73 | 部分乡镇报名不足，培训班次减少 |
        | ^ | 质量指标 | 考核合格率 | ≥85% | 90.00% | 15 | 14 | 结业材料归档不全扣1分 |
        | 效益指标（30分） | 社会效益指标 | 带动就业人数 | ≥100人 | 120人 | 30 | 30 |  |
        | 满意度指标（20分） | 服务对象满意度指标 | 学员满意度 | ≥90% | 95% | 20 | 20 |  |
        | 总分 | < | < | < | < | 100 | 95.73 |  |
        """;

    private static readonly Lazy<MutationFixture> Shared = new(() => new MutationFixture(Source));

    private readonly byte[] _bytes;

    /// <summary>A report source (corpus/README.md format) made into a Word file and checked.</summary>
    public MutationFixture(string source)
    {
        _bytes = DocxComposer.Compose(SourceParser.Parse(source));
        Baseline = DocChecker.Default.Check(new DocumentSource("fixture.docx", _bytes));
    }

    /// <summary>The report of <see cref="Source"/>.</summary>
    public static MutationFixture Default => Shared.Value;

    public CheckResult Baseline { get; }

    public ReportDocument Document => Baseline.Document;

    public ReportView View => new(Document);

    /// <summary>The mutations a mutator plants (skipped candidates included).</summary>
    public List<Mutation> Plant(IMutator mutator) => [.. mutator.Plant(View, new Random(1))];

    /// <summary>The first planted (not skipped) mutation matching <paramref name="where"/>, and what it changed.</summary>
    public (Mutation Mutation, List<string> Changes) First(IMutator mutator, Func<Mutation, bool>? where = null)
    {
        var mutation = Plant(mutator).First(m => m.SkipReason is null && (where?.Invoke(m) ?? true));
        return (mutation, Changes(mutation));
    }

    /// <summary>What the reader reads differently in the mutant: changed paragraphs and cells, removed paragraphs and rows.</summary>
    public List<string> Changes(Mutation mutation) => Diff(Document, Check(mutation).Document);

    /// <summary>Checks the mutant of <paramref name="mutation"/> with the engine.</summary>
    public CheckResult Check(Mutation mutation)
    {
        using var package = WordPackage.Read(_bytes);
        var (bytes, failure) = package.Apply(Document, mutation.Edits);
        Assert.True(bytes is not null, failure);
        return DocChecker.Default.Check(new DocumentSource("mutant.docx", bytes));
    }

    public static List<string> Diff(ReportDocument before, ReportDocument after)
    {
        var changes = new List<string>();
        var paragraphsBefore = before.Paragraphs.Select(p => p.Text.Value).ToList();
        var paragraphsAfter = after.Paragraphs.Select(p => p.Text.Value).ToList();
        if (paragraphsBefore.Count == paragraphsAfter.Count)
        {
            changes.AddRange(paragraphsBefore.Zip(paragraphsAfter).Select((p, i) => (p, i)).Where(x => x.p.First != x.p.Second)
                .Select(x => $"P{x.i + 1}: {Changed(x.p.First, x.p.Second)}"));
        }
        else
        {
            changes.AddRange(Removed(paragraphsBefore, paragraphsAfter).Select(t => "删去段落：" + t));
        }

        foreach (var (table, other) in before.Tables.Zip(after.Tables))
        {
            if (table.RowCount != other.RowCount)
            {
                var rows = (TableBlock t) => Enumerable.Range(0, t.RowCount).Select(r => string.Join("|", t.RowCells(r).Select(c => c.Value))).ToList();
                changes.AddRange(Removed(rows(table), rows(other)).Select(r => $"T{table.TableIndex + 1} 删去行：{r}"));
                continue;
            }

            foreach (var cell in table.Cells)
            {
                if (other.At(cell.Row, cell.Column) is { } mutated && mutated.Row == cell.Row && mutated.Column == cell.Column && mutated.Value != cell.Value)
                {
                    changes.Add($"{cell.Location}: {cell.Value} → {mutated.Value}");
                }
            }
        }

        return changes;
    }

    private static List<string> Removed(List<string> before, List<string> after)
    {
        var left = after.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var removed = new List<string>();
        foreach (var text in before)
        {
            if (left.TryGetValue(text, out var count) && count > 0)
            {
                left[text] = count - 1;
            }
            else
            {
                removed.Add(text);
            }
        }

        return removed;
    }

    /// <summary>The differing stretch of two texts, widened to whole numbers: “90.00% → 91.30%”.</summary>
    private static string Changed(string before, string after)
    {
        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        var end = 0;
        while (end < before.Length - start && end < after.Length - start && before[^(end + 1)] == after[^(end + 1)])
        {
            end++;
        }

        static bool Numeric(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';
        while (start > 0 && Numeric(before[start - 1]))
        {
            start--;
        }

        while (end > 0 && Numeric(before[^end]))
        {
            end--;
        }

        return $"{before[start..^end]} → {after[start..^end]}";
    }
}
