using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Extract.Figures;
using DocCheck.Extract.Indicators;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Periods;
using DocCheck.Extract.Scores;
using DocCheck.Extract.Sections;
using DocCheck.Extract.Text;

namespace DocCheck.Extract;

/// <summary>Runs every extractor over a document once and gathers the facts the rules check.</summary>
public static partial class ReportFactsExtractor
{
    /// <summary>Extracts the facts of a document.</summary>
    public static ReportFacts Extract(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = TitleOf(document);
        var sections = SectionMapper.Map(document, title);
        var year = PeriodExtractor.ReportYear(title, document.Paragraphs.Select(p => p.Text.Value));
        var periods = new List<PeriodMention>();
        var differences = new List<DifferenceStatement>();
        var projectKey = PeriodExtractor.ProjectKey(title);
        var titleParagraph = document.Paragraphs.Take(5).FirstOrDefault(p => p.Text.Original.Trim() == title.Trim() || (p.IsHeading && p.Text.Value.Contains("报告", StringComparison.Ordinal)));
        if (PeriodExtractor.TitleAgainstBody(titleParagraph, document.Paragraphs.Where(p => p != titleParagraph).Select(p => p.Text.Value).ToList()) is { } titleYear)
        {
            year = titleYear.BodyYear;
            periods.Add(titleYear.Title);
        }

        var figures = new List<Figure>();
        var sums = new List<SumStatement>();
        var rates = new List<RateStatement>();
        var executions = new List<BudgetExecution>();
        var scores = new List<ScoreClaim>();
        var grades = new List<GradeClaim>();
        var bands = new List<(Grade, decimal?, Anchor)>();
        var indicatorTables = new List<IndicatorTable>();

        foreach (var paragraph in document.Paragraphs)
        {
            var before = figures.Count;
            ProseFigureExtractor.Extract(paragraph, figures, sums, role => figures.LastOrDefault(f => f.Role == role));
            RateExtractor.Extract(paragraph, figures.GetRange(before, figures.Count - before), new ListPrefix<Figure>(figures, before), rates);
            SentenceBalanceExtractor.Extract(paragraph, differences);
            ScoreExtractor.Extract(paragraph.Location, paragraph.Text, scores, grades, bands);
            if (year is { } projectYear && projectKey is not null && paragraph != titleParagraph)
            {
                PeriodExtractor.ProjectUnderOtherYear(paragraph, projectKey, projectYear, periods);
            }

            if (year is { } reportYear && !paragraph.IsHeading)
            {
                PeriodExtractor.PartOfYear(paragraph, reportYear, periods);
                if (sections.IsIn(paragraph.Index, "analysis", "achievement"))
                {
                    PeriodExtractor.OtherYear(paragraph, reportYear, periods);
                }
            }
        }

        // A report that splits its spending into 基本支出 and 项目支出 (a department's) names one of the two parts by
        // 项目支出, not the whole spent.
        var partsOfSpending = new HashSet<decimal>();
        if (document.Paragraphs.Any(p => BasicSpending().IsMatch(p.Text.Value)))
        {
            var paragraphs = document.Paragraphs.ToDictionary(p => p.Index);
            bool IsPart(Figure f) => f.Role == FigureRole.Spent && !f.InTable
                && paragraphs.TryGetValue(f.Anchor.Location.Block, out var paragraph)
                && ProjectSpendingBefore().IsMatch(paragraph.Text.Value.AsSpan(0, Math.Min(f.Anchor.Focus.Start, paragraph.Text.Value.Length)));
            partsOfSpending.UnionWith(figures.Where(IsPart).Select(f => f.Number.Value));
            figures.RemoveAll(IsPart);
        }

        if (year is { } statedYear)
        {
            DateOtherYearsFigures(document, figures, statedYear);
            SetAsideOtherYearsRates(document, rates, statedYear);
        }

        var allocations = document.Paragraphs.Where(p => !p.IsHeading).SelectMany(ProseFigureExtractor.Allocations).ToList();
        var moneyUnit = DominantMoneyUnit(figures);
        foreach (var table in document.Tables)
        {
            var indicatorTable = IndicatorTableExtractor.Extract(table);
            var rowLimit = indicatorTable?.HeaderRow ?? table.RowCount;
            var unit = ParentUnit(document, table) ?? moneyUnit;
            TableFigureExtractor.Extract(table, rowLimit, unit, figures, sums, executions, rates);
            RateColumnExtractor.Extract(table, 0, table.RowCount, rates);
            DifferenceColumnExtractor.Extract(table, rowLimit, differences);

            // A budget block below the indicator rows (a 自评表 laid out upside down) is read as well.
            if (indicatorTable is { EndRow: var end } && end < table.RowCount)
            {
                TableFigureExtractor.Extract(table, table.RowCount, unit, figures, sums, executions, rates, end);
            }
            if (indicatorTable is not null)
            {
                indicatorTables.Add(indicatorTable);
                AddIndicatorFacts(indicatorTable, rates, scores);
                if (year is { } indicatorsYear)
                {
                    foreach (var actual in indicatorTable.Indicators.Select(i => i.ActualCell).OfType<TableCell>())
                    {
                        PeriodExtractor.PartOfYearInActual(actual, indicatorsYear, periods);
                    }
                }
            }

            // Claims and ticked boxes written inside table cells (自评等级: ☑优 □良), and totals broken down in
            // a sentence written into a cell (年度总体目标: 共申请预算资金2026400元，其中村级组织运转400000元，…).
            foreach (var cell in table.Cells)
            {
                if (indicatorTable is null || cell.Row < indicatorTable.HeaderRow)
                {
                    ScoreExtractor.Extract(cell.Location, cell.Text, scores, grades, bands);
                    ProseCellSums(cell, sums);
                }
            }
        }

        TableRowSentences.SetAside(document, title, figures, rates, differences);

        // A table detailing that part (项目支出2,498.91万元，明细如下：… 合计 2,498.91) totals the part, not the whole spent.
        if (partsOfSpending.Count > 0)
        {
            figures.RemoveAll(f => f.Role == FigureRole.Spent && f.InTable && partsOfSpending.Contains(f.Number.Value));
        }

        // The money allotted (县级下达…资金65.24万元) is the budget when the report states no budget of its own and
        // names one allotted amount only: two different amounts are two sources, neither the whole.
        if (!figures.Any(f => f.Role is FigureRole.Budget or FigureRole.BudgetInitial or FigureRole.BudgetAdjusted)
            && allocations.Select(a => a.Number.Value).Distinct().Count() == 1)
        {
            figures.AddRange(allocations);
        }

        if (year is { } thisYear)
        {
            var tableMeasures = indicatorTables.SelectMany(t => t.Indicators)
                .SelectMany(i => new[] { NumberParser.ParseValue(i.Actual), NumberParser.ParseValue(i.Target.TrimStart('≥', '≤', '>', '<', '=')) })
                .OfType<PrintedNumber>().Where(n => n.Kind == UnitKind.Measure).Select(n => (Block: -1, n.Value, n.MeasureWord));
            var measures = document.Paragraphs.Where(p => !p.IsHeading)
                .SelectMany(p => NumberParser.FindAll(p.Text.Value).Where(n => n.Kind == UnitKind.Measure && n.Comparator == Comparator.None)
                    .Select(n => (Block: p.Index, n.Value, n.MeasureWord)))
                .Concat(tableMeasures)
                // Up to two blocks per measure are enough to tell whether it is stated outside a given paragraph; one
                // lookup per paragraph keeps a document of many paragraphs linear.
                .GroupBy(m => (m.Value, m.MeasureWord))
                .ToDictionary(g => g.Key, g => g.Select(m => m.Block).Distinct().Take(2).ToArray());
            // Amounts a table totals or breaks down (合计 and its rows), printed with decimals: this year's money.
            var tableTotals = sums.SelectMany(s => s.Parts.Prepend(s.Total))
                .Where(t => t.Anchor.Location.Table is not null && t.Number.Decimals > 0).ToList();
            foreach (var paragraph in document.Paragraphs.Where(p => !p.IsHeading))
            {
                bool MeasuredElsewhere(decimal value, string measureWord) =>
                    measures.TryGetValue((value, measureWord), out var blocks) && blocks.Any(b => b != paragraph.Index);
                PeriodExtractor.OtherYearOnThisYearsFigure(paragraph, thisYear, figures, periods, MeasuredElsewhere, tableTotals);
                PeriodExtractor.EarlierYearEndOnThisYearsFigure(paragraph, thisYear, figures, tableTotals, periods);
            }
        }

        // A row's 执行率 already read with its own row's amounts is not added again as the budget's.
        foreach (var execution in executions.Where(e => e.Rate is not null && e.RateAnchor is not null
            && !rates.Any(r => r.Anchor.Location == e.RateAnchor!.Location)))
        {
            rates.Add(new RateStatement(RateKind.Execution, "预算执行率", execution.Rate!, execution.RateAnchor!));
        }

        if (year is { } scoredYear)
        {
            SetAsideOtherYearsScores(document, scoredYear, scores, grades, periods);
        }

        return new ReportFacts
        {
            Document = document,
            Title = title,
            Unit = UnitOf(document),
            Year = year,
            Sections = sections,
            Figures = figures,
            Sums = sums,
            Rates = rates,
            Executions = executions,
            IndicatorTables = indicatorTables,
            TotalScores = scores,
            Grades = grades,
            StatedBands = ScoreExtractor.BandsFrom(bands),
            Periods = periods,
            Differences = differences,
            Explanations = ProseExplanations.Of(document),
            Counts = [.. CountMentions(document), .. IndicatorCounts(indicatorTables)],
            ExecutionBands = document.Paragraphs.Select(p => ExecutionBandExtractor.Extract(p.Location, p.Text))
                .Concat(document.Tables.SelectMany(t => t.Cells).Select(c => ExecutionBandExtractor.Extract(c.Location, c.Text)))
                .FirstOrDefault(b => b.Count > 0) ?? [],
        };
    }

    /// <summary>Rates and scores an indicator table states: its 执行率 / 到位率 rows' actual values and its total row.</summary>
    private static void AddIndicatorFacts(IndicatorTable table, List<RateStatement> rates, List<ScoreClaim> scores)
    {
        foreach (var indicator in table.Indicators)
        {
            if (indicator.ActualCell is not { } actualCell || NumberParser.ParseValue(indicator.Actual) is not { Kind: UnitKind.Percent, Comparator: Comparator.None } actual)
            {
                continue;
            }

            var name = indicator.ShortName;
            if (indicator.IsExecutionRate)
            {
                rates.Add(new RateStatement(RateKind.Execution, "预算执行率（" + name + "）", actual, Anchor.ForCell(actualCell)));
            }
            else if (name.Contains("资金到位率", StringComparison.Ordinal) || name.EndsWith("到位率", StringComparison.Ordinal))
            {
                rates.Add(new RateStatement(RateKind.FundsReceived, name, actual, Anchor.ForCell(actualCell)));
            }
        }

        if (table.TotalScore is { } total && table.TotalScoreCell is { } cell)
        {
            scores.Add(new ScoreClaim(total, Anchor.ForCell(cell), InTable: true));
        }
    }

    /// <summary>
    /// A sentence in a cell is read like a paragraph for its breakdowns only: the figures a goals cell names
    /// (申请预算资金…) are plans, and taking them as this year's budget would set them against the table's amounts.
    /// </summary>
    private static void ProseCellSums(TableCell cell, List<SumStatement> sums)
    {
        if (cell.Value.Length < 30 || !cell.Value.Contains("其中", StringComparison.Ordinal))
        {
            return;
        }

        var asParagraph = new ParagraphBlock(cell.Location.Block, cell.Location) { Text = cell.Text, Body = cell.Value };
        var found = new List<SumStatement>();
        ProseFigureExtractor.Extract(asParagraph, new List<Figure>(), found);
        sums.AddRange(found.Where(s => s.Kind == SumKind.Breakdown && !s.TotalFromEarlierSentence));
    }

    /// <summary>Every plain count (no comparator: 52所, not ≥50所) of the paragraphs and table cells.</summary>
    private static List<CountMention> CountMentions(ReportDocument document)
    {
        var counts = new List<CountMention>();
        var texts = document.Paragraphs.Select(p => (p.Location, p.Text))
            .Concat(document.Tables.SelectMany(t => t.Cells).Select(c => (c.Location, c.Text)));
        foreach (var (location, text) in texts)
        {
            var value = text.Value;
            foreach (var number in NumberParser.FindAll(value).Where(n => n.Kind == UnitKind.Measure && n.Comparator == Comparator.None && n.MeasureWord.Length > 0))
            {
                // What the count is of: the two characters after it (52所学校), or before it (供水工程17处).
                var after = value[(number.Start + number.Length)..Math.Min(value.Length, number.Start + number.Length + 2)];
                var before = value[Math.Max(0, number.Start - 2)..number.Start];
                var context = string.Join(' ', new[] { after, before }.Where(w => w.Length == 2 && w.All(IsObjectCharacter)));
                var range = new TextRange(number.Start, number.Length);
                counts.Add(new CountMention(number, context, Anchor.ForText(location, text, Splitter.Containing(Splitter.Clauses(value), number.Start), range)));
            }
        }

        foreach (var table in document.Tables)
        {
            AddColumnCounts(table, counts);
        }

        return counts;
    }

    /// <summary>
    /// Two indicators counting the same kind of thing (在孵企业86家, 补助企业68家) may well hold each other's digits; from
    /// three digits on that is no longer chance.
    /// </summary>
    private const decimal DistinctiveIndicatorCount = 100m;

    /// <summary>
    /// An indicator's actual count (136场 in the row of 送戏下乡演出场次) is a count of what the indicator names: the two
    /// characters its name ends with once the measure is taken off (演出), as the text would say 演出163场.
    /// </summary>
    private static IEnumerable<CountMention> IndicatorCounts(List<IndicatorTable> tables)
    {
        foreach (var indicator in tables.SelectMany(t => t.Indicators))
        {
            if (indicator.ActualCell is not { } cell
                || NumberParser.ParseValue(indicator.Actual) is not { Kind: UnitKind.Measure, Comparator: Comparator.None, MeasureWord.Length: > 0 } number
                || number.Value < DistinctiveIndicatorCount)
            {
                continue;
            }

            var name = Compaction.Compact(indicator.ShortName);
            var stem = CountSuffix().Replace(name, string.Empty);
            stem = stem.EndsWith(number.MeasureWord, StringComparison.Ordinal) ? stem[..^number.MeasureWord.Length] : stem;
            if (stem.Length >= 2 && stem[^2..].All(IsObjectCharacter))
            {
                yield return new CountMention(number, stem[^2..], Anchor.ForCell(cell));
            }
        }
    }

    /// <summary>
    /// The total row's bare numbers under a header that names what they count and its measure word (补贴面积（亩） |
    /// 210,996.00 in the 合计 row): the same count as 补贴面积210,996.00亩 in the text, for figure.conflict to compare.
    /// Other rows count other things (one township's area, one survey question's answers).
    /// </summary>
    private static void AddColumnCounts(TableBlock table, List<CountMention> counts)
    {
        var totalRows = Enumerable.Range(0, table.RowCount).Where(r => TableFigureExtractor.IsTotalRow(table, r)).ToHashSet();
        foreach (var cell in table.Cells.Where(c => totalRows.Contains(c.Row)))
        {
            if (NumberParser.ParseValue(cell.Value) is not { Kind: UnitKind.None, Comparator: Comparator.None } bare
                || HeaderAbove(table, cell) is not { } header || CountHeader().Match(Compaction.Compact(header.Value)) is not { Success: true } named)
            {
                continue;
            }

            var number = bare with { Kind = UnitKind.Measure, MeasureWord = named.Groups["measure"].Value };
            counts.Add(new CountMention(number, named.Groups["object"].Value, Anchor.ForCell(cell)));
        }
    }

    /// <summary>The nearest cell above that is not a number: the column's header.</summary>
    private static TableCell? HeaderAbove(TableBlock table, TableCell cell)
    {
        for (var row = cell.Row - 1; row >= 0; row--)
        {
            if (table.At(row, cell.Column) is { IsEmpty: false } above && above.Column == cell.Column && NumberParser.ParseValue(above.Value) is null)
            {
                return above;
            }
        }

        return null;
    }

    private static bool IsObjectCharacter(char c) => char.IsLetter(c) && !char.IsAsciiLetter(c) && "中的及和与等其共为是有了在".IndexOf(c) < 0;

    /// <summary>For a nested table, the unit its parent cell's label states (资金安排（元） | {nested table}).</summary>
    private static string? ParentUnit(ReportDocument document, TableBlock table)
    {
        if (table.ParentCell is not { Table: { } parentIndex, Row: { } row, Column: { } column })
        {
            return null;
        }

        var parent = document.Tables.FirstOrDefault(t => t.TableIndex == parentIndex);
        return parent?.At(row, column - 1) is { } label ? NumberParser.UnitFromHeader(label.Value) : null;
    }

    private static string? DominantMoneyUnit(List<Figure> figures) =>
        figures.Where(f => !f.InTable && f.Number.Unit.Length > 0).GroupBy(f => f.Number.Unit)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>The title: the file's title property, else the first paragraph that names a report or table.</summary>
    private static string TitleOf(ReportDocument document)
    {
        var paragraphs = document.Paragraphs.Where(p => p.Location.Part == DocumentPart.Body).ToList();
        // An attachment's caption (附件1：2022年度项目支出绩效自评表) names a part of the document, not the document.
        var named = paragraphs.FirstOrDefault(p => p.Body.Length <= 60 && TitleWords().IsMatch(p.Body) && p.Label is null
            && !p.Body.StartsWith("附件", StringComparison.Ordinal));
        var styled = paragraphs.FirstOrDefault(p => p.OutlineLevel == 0);
        var candidate = named ?? styled ?? paragraphs.FirstOrDefault();
        return document.PropertiesTitle ?? candidate?.Text.Original.Trim() ?? document.FileName;
    }

    /// <summary>The unit: a 项目单位 / 实施单位 / 预算单位 label with its value, in a table or a cover line.</summary>
    private static string? UnitOf(ReportDocument document)
    {
        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells)
            {
                if (UnitLabel().IsMatch(cell.Value) && cell.Value.Length <= 10
                    && table.At(cell.Row, cell.Column + cell.ColumnSpan) is { IsEmpty: false } value)
                {
                    return value.Text.Original.Trim();
                }
            }
        }

        foreach (var paragraph in document.Paragraphs.Take(40))
        {
            var match = UnitLine().Match(paragraph.Text.Value);
            if (match.Success)
            {
                return match.Groups["unit"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// Figures of the text that a sentence dates to another year (2021年部门支出1,392.60万元 in a 2022 report, under
    /// 与上年对比) are that year's, not this report's: they leave the figures the rules compare. A carry-over dated the
    /// year before (另有2023年结转资金20.00万元 in a 2024 report) is money brought in, not this year's balance.
    /// </summary>
    private static void DateOtherYearsFigures(ReportDocument document, List<Figure> figures, int reportYear)
    {
        var paragraphs = document.Paragraphs.ToDictionary(p => p.Index);
        var otherYears = new HashSet<int>();
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            var figure = figures[i];
            if (figure.InTable || !paragraphs.TryGetValue(figure.Anchor.Location.Block, out var paragraph))
            {
                continue;
            }

            var text = paragraph.Text.Value;
            var at = Math.Min(figure.Anchor.Focus.Start, text.Length);
            var sentenceStart = Splitter.SentenceStart(text, at);
            var lead = text.AsSpan(sentenceStart, at - sentenceStart);
            // 含2023年结转资金20.00万元 in a 2024 report: last year's carry-over, brought in, whatever else the sentence dates.
            if (figure.Role == FigureRole.Balance && DatedCarryOver().Match(lead.ToString()) is { Success: true } dated
                && int.Parse(dated.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) == reportYear - 1)
            {
                figures[i] = figure with { Role = FigureRole.CarryOverSource };
                continue;
            }

            // Another year's figure is given to compare with (与上年对比, 增长6.61%), else it may be this year's under a
            // wrong year.
            if (!DatedToAnotherYear(lead, reportYear) || !Comparison().IsMatch(text))
            {
                continue;
            }

            // A balance in such a sentence (2021年度…未支出资金305.44万元 in a 2022 report) may be this year's under a
            // wrong year: period.mismatch says so, and the balance is still checked.
            if (figure.Role != FigureRole.Balance)
            {
                otherYears.Add(i);
            }
        }

        // Only where the report states this year's figure of that role too, and the dated one differs from it, is the
        // dated one another year's: this year's figure under a wrong year (period.mismatch) stays, or the rules would
        // fall back on some part's amount.
        var thisYears = figures.Where((f, i) => !otherYears.Contains(i)).ToLookup(f => f.Role);
        var removed = otherYears.Where(i => thisYears[figures[i].Role] is var same && same.Any()
            && !same.Any(f => f.Number.Value == figures[i].Number.Value)).ToHashSet();
        var kept = figures.Where((f, i) => !removed.Contains(i)).ToList();
        figures.Clear();
        figures.AddRange(kept);
    }

    /// <summary>
    /// Whether the words before a figure in its sentence date it to one other year: the year heads the sentence
    /// (2021年部门支出…，其中基本支出…) or stands in the figure's own clause (…，2021年实际支出…); a year an event
    /// happened in (市政府于2021年批准实施…，项目总投资1.26亿元), a date (2021年11月), a running total (截至…) and a clause
    /// of its own that names this year (…另有2023年结转资金20.00万元，本年度可用资金1,220.00万元) date nothing.
    /// </summary>
    private static bool DatedToAnotherYear(ReadOnlySpan<char> lead, int reportYear)
    {
        var clauseStart = lead.LastIndexOfAny('，', ',') + 1;
        int? dating = null;
        foreach (var match in YearMention().EnumerateMatches(lead))
        {
            if (match.Index <= SentenceHead || match.Index >= clauseStart)
            {
                var year = int.Parse(lead.Slice(match.Index, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (dating is { } other && other != year)
                {
                    return false;
                }

                dating = year;
            }
        }

        return dating is { } found && found != reportYear && !UpTo().IsMatch(lead) && !ThisYear().IsMatch(lead[clauseStart..]);
    }

    /// <summary>
    /// Another year's rate in a sentence of its own (2022年度该项目预算执行率为88.75%) beside this year's rate of the same
    /// kind stated elsewhere: given to compare, not this report's.
    /// </summary>
    private static void SetAsideOtherYearsRates(ReportDocument document, List<RateStatement> rates, int reportYear)
    {
        var paragraphs = document.Paragraphs.ToDictionary(p => p.Index);
        var otherYears = rates.Where(r => r.Kind is RateKind.Execution or RateKind.FundsReceived or RateKind.CarryOver
            && SentenceLead(paragraphs, r.Anchor) is { } lead && DatedToAnotherYear(lead, reportYear)).ToList();
        rates.RemoveAll(r => otherYears.Contains(r) && rates.Any(t => t.Kind == r.Kind && !otherYears.Contains(t) && t.Stated.Value != r.Stated.Value));
    }

    /// <summary>The words of a prose anchor's sentence before its focus; null for a table cell.</summary>
    private static string? SentenceLead(Dictionary<int, ParagraphBlock> paragraphs, Anchor anchor)
    {
        if (anchor.Location.Table is not null || !paragraphs.TryGetValue(anchor.Location.Block, out var paragraph))
        {
            return null;
        }

        var text = paragraph.Text.Value;
        var at = Math.Min(anchor.Focus.Start, text.Length);
        var start = Splitter.SentenceStart(text, at);
        return text[start..at];
    }

    /// <summary>
    /// Another year's score set beside this year's (经自评，本项目得分98.59分。2022年度同类项目自评得分为95.20分; 与2022年度…
    /// 评价得分88.60分（良）相比): given to compare, it is no claim of this report's score or grade, and no period slip —
    /// when the report states this year's score with another value. A score stated only under another year stays: it
    /// may be this year's under a wrong year.
    /// </summary>
    private static void SetAsideOtherYearsScores(ReportDocument document, int reportYear, List<ScoreClaim> scores, List<GradeClaim> grades,
        List<PeriodMention> periods)
    {
        var paragraphs = document.Paragraphs.ToDictionary(p => p.Index);
        (int Block, int Start, int End)? OtherYearsSentence(Anchor anchor)
        {
            if (anchor.Location.Table is not null || !paragraphs.TryGetValue(anchor.Location.Block, out var paragraph))
            {
                return null;
            }

            var text = paragraph.Text.Value;
            var at = Math.Min(anchor.Focus.Start, text.Length);
            var start = Splitter.SentenceStart(text, at);
            var end = text.IndexOfAny(Splitter.SentenceEndCharacters, at);
            var sentence = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            var dated = false;
            foreach (var match in YearMention().EnumerateMatches(sentence))
            {
                if (int.Parse(sentence.Slice(match.Index, 4), System.Globalization.CultureInfo.InvariantCulture) == reportYear)
                {
                    return null;
                }

                dated = true;
            }

            return dated || EarlierYearWord().IsMatch(sentence) ? (anchor.Location.Block, start, end < 0 ? text.Length : end) : null;
        }

        var otherYears = scores.Where(c => !c.InTable).Select(c => (Claim: c, Sentence: OtherYearsSentence(c.Anchor))).Where(c => c.Sentence is not null).ToList();
        var thisYears = scores.Where(c => otherYears.All(o => !ReferenceEquals(o.Claim, c))).ToList();
        var setAside = otherYears.Where(o => thisYears.Any(t => t.Score.Value != o.Claim.Score.Value)).ToList();
        if (setAside.Count == 0)
        {
            return;
        }

        bool InSetAside(Anchor anchor) => setAside.Any(o => o.Sentence is var (block, start, end)
            && anchor.Location.Table is null && anchor.Location.Block == block && anchor.Focus.Start >= start && anchor.Focus.Start < end);
        scores.RemoveAll(c => setAside.Any(o => ReferenceEquals(o.Claim, c)));
        grades.RemoveAll(g => InSetAside(g.Anchor));
        periods.RemoveAll(p => p.Issue == PeriodIssue.OtherYear && InSetAside(p.Anchor));
    }

    [GeneratedRegex("上年|去年|上一年")]
    private static partial Regex EarlierYearWord();

    /// <summary>A year this near a sentence's start heads it (2021年度，…; 2021年部门支出…).</summary>
    private const int SentenceHead = 2;

    [GeneratedRegex(@"(?<![于在自从至到])(19|20)\d{2}(?=年度?(?!\d{1,2}月))")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(?<year>(19|20)\d{2})年度?(结转结余|结余结转|结转|结余)(资金)?(为|共|计)?$")]
    private static partial Regex DatedCarryOver();

    [GeneratedRegex("上年|去年|同期|对比|相比|增长|下降|增加|减少|增幅|降幅")]
    private static partial Regex Comparison();

    [GeneratedRegex("本年|当年|今年")]
    private static partial Regex ThisYear();

    // 截至2022年12月31日 dates a running total, not another year's figures.
    [GeneratedRegex("截至|截止|至今|以来")]
    private static partial Regex UpTo();

    [GeneratedRegex(@"基本支出(合计|共|为)?[:：]?\d")]
    private static partial Regex BasicSpending();

    [GeneratedRegex("项目支出(合计|共计|共|为|总额)?[:：]?$")]
    private static partial Regex ProjectSpendingBefore();

    [GeneratedRegex("(场次|人次|户数|人数|次数|个数|数量|数|量|次)$")]
    private static partial Regex CountSuffix();

    // A cover letter's title (关于报送…绩效自评表的说明) names the form it hands in.
    [GeneratedRegex("(评价报告|自评报告|绩效报告|自评表|评价表)(的?(情况)?说明)?$")]
    private static partial Regex TitleWords();

    [GeneratedRegex("^(项目实施单位|实施单位|项目单位|预算单位|单位名称|项目承担单位|主管部门)")]
    private static partial Regex UnitLabel();

    // 补贴面积（亩）, 受益户数（户）: the two characters before the unit name what is counted.
    [GeneratedRegex(@"(?<object>[\p{IsCJKUnifiedIdeographs}]{2})[(（](?<measure>亩|户|人|人次|所|个|处|公里|座|台|套|家|名|项|件|间|辆|吨|平方米)[)）]$")]
    private static partial Regex CountHeader();

    [GeneratedRegex("^(项目实施单位|实施单位|项目单位|预算单位|单位名称|评价对象单位|填报单位)[:：](?<unit>[^，。,；;]{2,40})")]
    private static partial Regex UnitLine();
}
