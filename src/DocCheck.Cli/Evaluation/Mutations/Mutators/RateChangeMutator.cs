using System.Collections.Immutable;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>
/// Changes a stated rate (执行率, 到位率, 完成率, 满意度, 占比…) by 1.3 points (3 points when printed without decimals),
/// keeping its decimals. Eligible: a rate the report's own figures give — two numbers in the same unit in its sentence
/// or the one before, two figures in its table row (or a row's figure over the total row's, for shares), or for
/// 执行率 / 到位率 money figures with the roles the formula names — and whose changed value none of them gives.
/// </summary>
internal sealed class RateChangeMutator : IMutator
{
    private static readonly string[] Connectives = ["约为", "达到", "约", "为", "达", "是", "：", ":"];

    public string Rule => RuleIds.RateMismatch;

    public IEnumerable<Mutation> Plant(ReportView report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var paragraph in report.Prose)
        {
            var text = paragraph.Text.Value;
            foreach (var token in NumberScanner.Scan(text).Where(t => t.IsPercent && t.Comparator.Length == 0))
            {
                if (RateName(FigureRoles.ClauseBefore(text, token.Start)) is not { } name)
                {
                    continue;
                }

                var bases = RateBasis.InSentence(text, token).Concat(RoleBases(report, name)).ToList();
                yield return Plant(ParagraphTarget.Of(paragraph), text, token, name, bases, $"{ParagraphTarget.Of(paragraph).Ref} {name}");
            }
        }

        foreach (var table in report.Tables)
        {
            var totals = Enumerable.Range(0, table.RowCount).Where(r => IsTotalRow(table, r)).ToList();
            foreach (var cell in table.Cells)
            {
                if (NumberScanner.Plain(cell.Value) is not { IsPercent: true } token)
                {
                    continue;
                }

                var header = ReportView.HeaderAbove(table, cell.Row, cell.Column);
                if (!IsRateHeader(header))
                {
                    continue;
                }

                var bases = RowBases(table, cell, totals, header.Contains("得分率", StringComparison.Ordinal)).ToList();
                var target = CellTarget.Of(cell);
                yield return Plant(target, cell.Value, token, header, bases, $"{target.Ref} {ReportView.LabelLeft(table, cell.Row, cell.Column)}·{header}");
            }
        }
    }

    private Mutation Plant(EditTarget target, string text, NumberToken token, string name, IReadOnlyList<RateBasis> bases, string place)
    {
        var printed = token.Digits(text) + "%";
        if (!bases.Any(b => b.Allows(token.Value, token.HalfUlp)))
        {
            return Mutation.Skipped(Rule, nameof(RateChangeMutator), place, printed, "报告没有给出能算出该比率的分子和分母");
        }

        var step = token.Decimals == 0 ? 3m : 1.3m;
        var changed = token.Value + step <= 100m || token.Value > 100m ? token.Value + step : token.Value - step;
        if (changed < 0)
        {
            return Mutation.Skipped(Rule, nameof(RateChangeMutator), place, printed, "比率太小，无法改动");
        }

        var newDigits = token.Format(changed);
        var planted = $"{printed} → {newDigits}%";
        if (bases.Any(b => b.Allows(changed, token.HalfUlp)))
        {
            return Mutation.Skipped(Rule, nameof(RateChangeMutator), place, planted, "改动后的比率仍可由报告中的其他数字算出");
        }

        return new Mutation
        {
            Rule = Rule,
            Mutator = nameof(RateChangeMutator),
            Place = place,
            Planted = planted,
            Edits = [new ReplaceText(target, token.Start, token.Length, token.Digits(text), newDigits)],
            Marks = [newDigits + "%"],
            Values = [changed],
            Places = [target.Ref],
            // The same rate printed elsewhere now differs; a share column's total no longer adds up to 100%.
            Consequences = [RuleIds.FigureConflict, RuleIds.SumMismatch],
        };
    }

    /// <summary>The rate's name from the words before it (…预算执行率为 → 预算执行率), or null when they do not name a rate.</summary>
    internal static string? RateName(string clause)
    {
        var name = clause;
        foreach (var connective in Connectives)
        {
            if (name.EndsWith(connective, StringComparison.Ordinal))
            {
                name = name[..^connective.Length];
                break;
            }
        }

        return IsRateHeader(name) ? (name.Length > 10 ? name[^10..] : name) : null;
    }

    private static bool IsRateHeader(string header) =>
        header.EndsWith('率') || header.EndsWith("占比", StringComparison.Ordinal) || header.EndsWith("比例", StringComparison.Ordinal)
        || header.EndsWith("比重", StringComparison.Ordinal) || header.EndsWith("满意度", StringComparison.Ordinal)
        || header.Contains("率（", StringComparison.Ordinal) || header.Contains("比例（", StringComparison.Ordinal);

    /// <summary>For execution and funding rates, the money figures whose roles the formula names.</summary>
    private static IEnumerable<RateBasis> RoleBases(ReportView report, string name)
    {
        if (name.Contains("执行率", StringComparison.Ordinal) || name.Contains("支出进度", StringComparison.Ordinal))
        {
            return RateBasis.OfRoles(report, [FigureRole.Spent], [FigureRole.Budget, FigureRole.InitialBudget, FigureRole.Received]);
        }

        return name.Contains("到位率", StringComparison.Ordinal)
            ? RateBasis.OfRoles(report, [FigureRole.Received], [FigureRole.Budget, FigureRole.InitialBudget])
            : [];
    }

    /// <summary>Pairs of figures in the cell's row, and the row's figures over the total rows' in the same column (shares).</summary>
    private static IEnumerable<RateBasis> RowBases(TableBlock table, TableCell cell, IReadOnlyList<int> totals, bool scoreRate)
    {
        // A row's weight and score (分值 10 | 得分 9) are the basis of a 得分率, of nothing else in the row.
        var row = Numbers(table, cell.Row)
            .Where(n => n.Column != cell.Column && (scoreRate || !IsScoreHeader(ReportView.HeaderAbove(table, cell.Row, n.Column))))
            .ToList();
        foreach (var basis in RateBasis.Pairs([.. row.Select(n => n.Token)]))
        {
            yield return basis;
        }

        foreach (var total in totals.Where(t => t != cell.Row))
        {
            foreach (var (column, top) in row)
            {
                if (Numbers(table, total).FirstOrDefault(n => n.Column == column) is { Token: { } bottom }
                    && RateBasis.Of(top.Value, top.HalfUlp, bottom.Value, bottom.HalfUlp) is { } basis)
                {
                    yield return basis;
                }
            }
        }
    }

    private static bool IsScoreHeader(string header) =>
        header.Contains("分值", StringComparison.Ordinal) || header.Contains("得分", StringComparison.Ordinal) || header.Contains("权重", StringComparison.Ordinal);

    private static IEnumerable<(int Column, NumberToken Token)> Numbers(TableBlock table, int row) =>
        table.RowCells(row).Where(c => c.Row == row)
            .Select(c => (c.Column, Token: NumberScanner.Plain(c.Value)))
            .Where(p => p.Token is { IsPercent: false })
            .Select(p => (p.Column, p.Token!));

    internal static bool IsTotalRow(TableBlock table, int row) =>
        table.RowCells(row).FirstOrDefault(c => !c.IsEmpty)?.Value.Replace(" ", string.Empty, StringComparison.Ordinal) is { } label
        && (label.StartsWith("合计", StringComparison.Ordinal) || label.StartsWith("总计", StringComparison.Ordinal)
            || label.StartsWith("小计", StringComparison.Ordinal) || label.StartsWith("年度资金总额", StringComparison.Ordinal)
            || label.StartsWith("总额", StringComparison.Ordinal));
}
