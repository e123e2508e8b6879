using System.Text.RegularExpressions;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Reading;

/// <summary>
/// A report as the mutators read it: its paragraphs and tables (from the reader's model, not from the engine's
/// extraction), the report year, the indicator tables and budget blocks by their headers, and the money figures
/// with the roles their words give them.
/// </summary>
internal sealed partial class ReportView
{
    private readonly Lazy<IReadOnlyList<IndicatorTableView>> _indicatorTables;
    private readonly Lazy<IReadOnlyList<BudgetBlockView>> _budgetBlocks;
    private readonly Lazy<IReadOnlyList<MoneyMention>> _money;

    public ReportView(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Paragraphs = [.. document.Paragraphs.Where(p => p.Location.Part == DocumentPart.Body)];
        Tables = [.. document.Tables];
        TitleBlocks = Paragraphs.Take(15)
            .Where(p => string.Equals(p.StyleName, "Title", StringComparison.OrdinalIgnoreCase)
                || (p.Text.Value.Length <= 60 && (p.Text.Value.EndsWith("报告", StringComparison.Ordinal) || p.Text.Value.EndsWith("自评表", StringComparison.Ordinal))))
            .Select(p => p.Index)
            .ToHashSet();
        Year = ReadYear();
        _indicatorTables = new(() => IndicatorTableView.ReadAll(Tables));
        _budgetBlocks = new(() => BudgetBlockView.ReadAll(Tables));
        _money = new(ReadMoney);
    }

    public ReportDocument Document { get; }

    /// <summary>Body paragraphs in reading order (text boxes left out).</summary>
    public IReadOnlyList<ParagraphBlock> Paragraphs { get; }

    public IReadOnlyList<TableBlock> Tables { get; }

    /// <summary>Block indices of the title lines (edits leave them alone).</summary>
    public IReadOnlySet<int> TitleBlocks { get; }

    /// <summary>The year the report evaluates: from its title, else the year most often written as 20xx年度.</summary>
    public int? Year { get; }

    public IReadOnlyList<IndicatorTableView> IndicatorTables => _indicatorTables.Value;

    public IReadOnlyList<BudgetBlockView> BudgetBlocks => _budgetBlocks.Value;

    public IReadOnlyList<MoneyMention> Money => _money.Value;

    /// <summary>Running text: body paragraphs that are neither headings nor title lines.</summary>
    public IEnumerable<ParagraphBlock> Prose => Paragraphs.Where(p => !p.IsHeading && !TitleBlocks.Contains(p.Index));

    /// <summary>Whether a sentence of the running text names <paramref name="name"/> (or 4 characters of it in a row) and it or the next holds one of <paramref name="words"/>.</summary>
    public bool ProseMentions(string name, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(name);
        var keys = name.Length <= 4 ? [name] : Enumerable.Range(0, name.Length - 3).Select(i => name.Substring(i, 4)).ToList();
        // The words may stand in the sentence that names the indicator or in the next one
        // (（二）河道保洁检查达标率未达标。第三季度检查中，2条河道因…被扣分).
        foreach (var paragraph in Prose)
        {
            var sentences = paragraph.Text.Value.Split('。', '；', ';', '\n');
            for (var i = 0; i < sentences.Length; i++)
            {
                var reach = i + 1 < sentences.Length ? sentences[i] + "。" + sentences[i + 1] : sentences[i];
                if (keys.Any(k => sentences[i].Contains(k, StringComparison.Ordinal)) && words.Any(w => reach.Contains(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether any running text, table cell or note holds one of <paramref name="words"/>.</summary>
    public bool AnyTextContains(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Paragraphs.Any(p => words.Any(w => p.Text.Value.Contains(w, StringComparison.Ordinal)))
            || Tables.SelectMany(t => t.Cells).Any(c => words.Any(w => c.Value.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>The nearest non-empty, non-numeric cell above (row, column): the column's header.</summary>
    public static string HeaderAbove(TableBlock table, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        var own = table.At(row, column);
        for (var r = row - 1; r >= 0; r--)
        {
            if (table.At(r, column) is { IsEmpty: false } cell && !ReferenceEquals(cell, own) && NumberScanner.Plain(cell.Value) is null
                && !IsDash(cell.Value))
            {
                return cell.Value;
            }
        }

        return string.Empty;
    }

    /// <summary>The nearest non-empty, non-numeric cell to the left of (row, column): the row's label.</summary>
    public static string LabelLeft(TableBlock table, int row, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        var own = table.At(row, column);
        for (var c = column - 1; c >= 0; c--)
        {
            if (table.At(row, c) is { IsEmpty: false } cell && !ReferenceEquals(cell, own) && NumberScanner.Plain(cell.Value) is null
                && !IsDash(cell.Value))
            {
                return cell.Value;
            }
        }

        return string.Empty;
    }

    /// <summary>A cell that says "nothing here" (—, /, -).</summary>
    public static bool IsDash(string text) => text.Trim() is "—" or "-" or "/" or "——" or "－" or "--" or "无";

    /// <summary>Yuan per unit named in a header (（万元）, 金额（元）), or null when it names none.</summary>
    public static decimal? MoneyScale(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Contains("亿元", StringComparison.Ordinal))
        {
            return 100_000_000m;
        }

        if (header.Contains("万元", StringComparison.Ordinal))
        {
            return 10_000m;
        }

        return header.Contains('元', StringComparison.Ordinal) && !header.Contains("元/", StringComparison.Ordinal) ? 1m : null;
    }

    [GeneratedRegex(@"(20\d{2})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(20\d{2})年度")]
    private static partial Regex YearOfPattern();

    private int? ReadYear()
    {
        foreach (var title in Paragraphs.Where(p => TitleBlocks.Contains(p.Index)))
        {
            if (YearPattern().Match(title.Text.Value) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var years = Paragraphs.SelectMany(p => YearOfPattern().Matches(p.Text.Value)).Select(m => m.Groups[1].Value)
            .GroupBy(y => y, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return years is null ? null : int.Parse(years.Key, System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<MoneyMention> ReadMoney()
    {
        var mentions = new List<MoneyMention>();
        foreach (var paragraph in Paragraphs.Where(p => !TitleBlocks.Contains(p.Index)))
        {
            var text = paragraph.Text.Value;
            foreach (var token in NumberScanner.Scan(text).Where(t => t.IsMoney && t.Comparator.Length == 0))
            {
                mentions.Add(new MoneyMention(FigureRoles.Of(FigureRoles.ClauseBefore(text, token.Start)), token, token.Scale, paragraph, null));
            }
        }

        foreach (var table in Tables)
        {
            foreach (var cell in table.Cells)
            {
                if (NumberScanner.Plain(cell.Value) is not { } token || token.IsPercent || (token.Unit.Length > 0 && !token.IsMoney))
                {
                    continue;
                }

                var header = HeaderAbove(table, cell.Row, cell.Column);
                var label = LabelLeft(table, cell.Row, cell.Column);
                var scale = token.IsMoney ? token.Scale : MoneyScale(header) ?? MoneyScale(label) ?? HeaderRowScale(table, cell);
                if (scale is not { } s || header.Contains('率', StringComparison.Ordinal) || header.Contains('分', StringComparison.Ordinal))
                {
                    continue;
                }

                var role = FigureRoles.Of(header);
                mentions.Add(new MoneyMention(role == FigureRole.None ? FigureRoles.Of(label) : role, token, s, null, cell));
            }
        }

        return mentions;
    }

    /// <summary>The unit a table's header row gives for all its figures (项目资金（万元） | 年初预算数 | …).</summary>
    private static decimal? HeaderRowScale(TableBlock table, TableCell cell)
    {
        for (var r = cell.Row - 1; r >= 0; r--)
        {
            var row = table.RowCells(r);
            if (row.Any(c => NumberScanner.Plain(c.Value) is not null))
            {
                continue;
            }

            return row.Select(c => MoneyScale(c.Value)).FirstOrDefault(s => s is not null);
        }

        return null;
    }
}
