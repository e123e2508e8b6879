using DocCheck.Core.Documents;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Figures;

/// <summary>
/// Sentences about one row of a table of parts: what they state belongs to that row, and is checked against it.
/// </summary>
public static class TableRowSentences
{
    /// <summary>
    /// A sentence that opens with the name of one row of a table of parts (衔接资金项目包括产业路3条…，剩余工程款127.20万元
    /// 结转至2022年支付, under a table of the year's projects) speaks of that row: its amounts are the row's, not the
    /// report's, and so is a budget's rate it states (公共技术服务平台建设：预算680.00万元，到位600.00万元，…执行率89.70%).
    /// Rows named by a role (实际支出, 年度资金总额) and totals are not parts. A balance such a sentence states is the
    /// row's budget less its spending.
    /// </summary>
    public static void SetAside(ReportDocument document, string title, List<Figure> figures, List<RateStatement> rates, List<DifferenceStatement> differences)
    {
        var rows = new Dictionary<string, (TableBlock Table, int Row)>(StringComparer.Ordinal);
        var compactTitle = Compaction.Compact(title);
        foreach (var table in document.Tables)
        {
            // A table of parts has several, under a header naming amounts (项目名称 | 全年预算数 | 支出数): a one-row table
            // may well be the project itself, and an indicator table's rows are no parts of the money.
            var amountColumns = table.RowCells(0).Where(c => c.Value.Length <= 20 && RoleLexicon.Nearest(c.Value) is not null).Select(c => c.Column).ToHashSet();
            var names = new List<(string Name, int Row)>();
            for (var row = 1; row < table.RowCount && amountColumns.Count > 0; row++)
            {
                var cells = table.RowCells(row);
                if (TableFigureExtractor.IsTotalRow(table, row)
                    || !cells.Any(c => c.Row == row && amountColumns.Contains(c.Column) && NumberParser.ParseValue(c.Value) is not null))
                {
                    continue;
                }

                var name = RowName(cells.FirstOrDefault(c => c.Row == row && !c.IsEmpty)?.Text.Original ?? string.Empty);
                if (name.Length >= MinimumRowName && RoleLexicon.Nearest(name) is null && !compactTitle.Contains(name, StringComparison.Ordinal))
                {
                    names.Add((name, row));
                }
            }

            if (names.Count >= 2)
            {
                foreach (var (name, row) in names)
                {
                    rows.TryAdd(name, (table, row));
                }
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        var paragraphs = document.Paragraphs.ToDictionary(p => p.Index);
        string? RowOf(Anchor anchor) => paragraphs.TryGetValue(anchor.Location.Block, out var paragraph)
            && SentenceOpening(paragraph.Text.Value, anchor.Focus.Start) is var opening
            ? rows.Keys.FirstOrDefault(name => opening.StartsWith(name, StringComparison.Ordinal))
            : null;
        bool OfARow(Anchor anchor) => RowOf(anchor) is not null;
        var rowsFigures = figures.Where(f => !f.InTable && OfARow(f.Anchor)).ToList();
        figures.RemoveAll(rowsFigures.Contains);
        foreach (var balance in rowsFigures.Where(f => f.Role == FigureRole.Balance))
        {
            var (table, row) = rows[RowOf(balance.Anchor)!];
            if (RowsBalance(table, row, balance) is { } difference)
            {
                differences.Add(difference);
            }
        }
        for (var i = rates.Count - 1; i >= 0; i--)
        {
            var rate = rates[i];
            if (rate.Kind is RateKind.Execution or RateKind.FundsReceived && rate.Anchor.Location.Table is null && OfARow(rate.Anchor))
            {
                // Checked against the row's own amounts in its sentence, when it states them; else left to the table.
                if (OwnRate(rate, rowsFigures.Where(f => SameSentence(paragraphs, f.Anchor, rate.Anchor)).ToList()) is { } own)
                {
                    rates[i] = own;
                }
                else
                {
                    rates.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>
    /// The row's balance as its budget less its spending, when the row has one budget (every budget column it fills
    /// agrees, so no base is chosen for the writer) and one spending.
    /// </summary>
    private static DifferenceStatement? RowsBalance(TableBlock table, int row, Figure balance)
    {
        var amounts = table.RowCells(row).Where(c => c.Row == row)
            .Select(c => (Cell: c, Role: RoleLexicon.Nearest(table.TextAt(0, c.Column))?.Role,
                Number: NumberParser.ParseValue(c.Value, NumberParser.UnitFromHeader(Compaction.Compact(table.TextAt(0, c.Column))))))
            .Where(a => a.Role is not null && a.Number is { Comparator: Comparator.None } && ProseFigureExtractor.IsMoneyLike(a.Number))
            .ToList();
        var budgets = amounts.Where(a => a.Role is FigureRole.Budget or FigureRole.BudgetAdjusted).ToList();
        var spent = amounts.Where(a => a.Role == FigureRole.Spent).ToList();
        if (budgets.Count == 0 || budgets.Select(b => b.Number!.Value).Distinct().Count() != 1 || spent is not [var spending])
        {
            return null;
        }

        SumTerm Term((TableCell Cell, FigureRole? Role, PrintedNumber? Number) amount) =>
            new(ProseFigureExtractor.AsMoney(amount.Number!), table.TextAt(0, amount.Cell.Column).Trim(), Anchor.ForCell(amount.Cell));
        return new DifferenceStatement("结余", new SumTerm(balance.Number, balance.Label, balance.Anchor), Term(budgets[0]), Term(spending));
    }

    /// <summary>
    /// A row's rate over its own amounts: what was spent (or received, for 到位率) over each budget (or the money
    /// received) stated before it.
    /// </summary>
    private static RateStatement? OwnRate(RateStatement rate, List<Figure> sentenceFigures)
    {
        var before = sentenceFigures.Where(f => f.Anchor.Focus.Start < rate.Anchor.Focus.Start).ToList();
        var numeratorRole = rate.Kind == RateKind.FundsReceived ? FigureRole.FundsReceived : FigureRole.Spent;
        if (before.LastOrDefault(f => f.Role == numeratorRole) is not { } numerator)
        {
            return null;
        }

        var bases = before.Where(f => f.Role is FigureRole.Budget or FigureRole.BudgetAdjusted or FigureRole.BudgetInitial
                || (numeratorRole == FigureRole.Spent && f.Role == FigureRole.FundsReceived))
            .Select(f => new SumTerm(f.Number, f.Label, f.Anchor)).ToList();
        if (bases.Count == 0)
        {
            return null;
        }

        var top = new SumTerm(numerator.Number, numerator.Label, numerator.Anchor);
        return new RateStatement(RateKind.Explicit, rate.Name, rate.Stated, rate.Anchor, top, bases[0])
        {
            OtherBases = bases.Skip(1).Select(b => (top, b)).ToList(),
        };
    }

    private static bool SameSentence(Dictionary<int, ParagraphBlock> paragraphs, Anchor a, Anchor b)
    {
        if (a.Location.Block != b.Location.Block || !paragraphs.TryGetValue(a.Location.Block, out var paragraph))
        {
            return false;
        }

        var text = paragraph.Text.Value;
        return Splitter.SentenceStart(text, a.Focus.Start) == Splitter.SentenceStart(text, b.Focus.Start);
    }

    /// <summary>A row's name without what its brackets add: 衔接资金项目（产业路及灌溉设施） → 衔接资金项目.</summary>
    private static string RowName(string label)
    {
        var compact = Compaction.Compact(label);
        var bracket = compact.IndexOfAny(['（', '(']);
        return bracket > 0 ? compact[..bracket] : compact;
    }

    private static string SentenceOpening(string text, int position)
    {
        var at = Math.Min(position, text.Length);
        var start = Splitter.SentenceStart(text, at);
        return Compaction.Compact(text[start..at].TrimStart());
    }

    // Shorter names (道路, 其他) are words any sentence may open with.
    private const int MinimumRowName = 4;
}
