using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Core.Documents;

namespace DocCheck.Cli.Evaluation.Mutations.Mutators;

/// <summary>Words and helpers the indicator mutators share.</summary>
internal static class IndicatorPlaces
{
    /// <summary>Words that give a reason for a deviation or a deduction.</summary>
    public static readonly string[] ReasonWords = ["原因", "由于", "因为", "主要是", "导致", "影响", "因", "扣"];

    /// <summary>Words that comment on an over-achievement.</summary>
    public static readonly string[] OverachievementWords = ["超额", "超出", "超过", "高于", "大幅", "原因", "由于", "主要是"];

    /// <summary>A place in words: the cell's compact location, the indicator and the column.</summary>
    public static string Describe(IndicatorRow row, TableCell cell, string column) => $"{CellTarget.Of(cell).Ref} {row.Name}·{column}";

    /// <summary>A cell that holds nothing a reviewer would read as a value.</summary>
    public static bool IsBlank(TableCell? cell) => cell is null || cell.IsEmpty || ReportView.IsDash(cell.Value);

    /// <summary>Whether the report explains the indicator anywhere: its reason cell or a sentence naming it with a reason word.</summary>
    public static bool IsExplained(ReportView report, IndicatorRow row, IReadOnlyList<string> words) =>
        !IsBlank(row.ReasonCell) || report.ProseMentions(row.Name, words);

    /// <summary>All indicator rows of the report's indicator tables.</summary>
    public static IEnumerable<(IndicatorTableView Table, IndicatorRow Row)> Rows(ReportView report) =>
        report.IndicatorTables.SelectMany(t => t.Rows.Select(r => (t, r)));

    /// <summary>A value in the unit and form of an actual value cell (1,126人, 94.80%).</summary>
    public static string FormatLike(NumberToken number, decimal value, string unit) => number.Format(value) + unit;
}
