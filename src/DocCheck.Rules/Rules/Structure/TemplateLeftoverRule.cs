using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Core.Text;
using DocCheck.Extract.Text;

namespace DocCheck.Rules.Rules.Structure;

/// <summary>报告中残留未填写的模板内容：占位符（≥**、XX、××、（200字以内））或填表说明（对照年度目标，说明……）。</summary>
public sealed partial class TemplateLeftoverRule : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "text.template-leftover", "残留模板文字", RuleArea.Structure, Severity.Warning,
        "请删除模板占位符和填写说明，填入实际内容。");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>At most this many places are quoted for one kind of leftover.</summary>
    private const int MaxQuotes = 10;

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headerRows = context.Facts.IndicatorTables.ToDictionary(t => t.Table.TableIndex, t => t.HeaderRow);

        // One finding per kind of leftover (≥** in twelve cells is one thing to fix), quoting each place.
        var kinds = new Dictionary<string, List<(Anchor Anchor, string Printed)>>();
        foreach (var block in context.Facts.Document.Blocks)
        {
            var texts = block switch
            {
                ParagraphBlock p => [(p.Location, p.Text)],
                TableBlock t => t.Cells.Where(c => !IsHeaderCell(c, t, headerRows)).Select(c => (c.Location, c.Text)).ToList(),
                _ => [],
            };

            foreach (var (location, text) in texts)
            {
                if (text.Value.AsSpan().IndexOfAny(PlaceholderCharacters) < 0 || FormNote().IsMatch(text.Value))
                {
                    continue;
                }

                var match = Placeholder().Match(text.Value);
                if (!match.Success)
                {
                    continue;
                }

                var quote = new TextRange(match.Index, match.Length);
                var anchor = location.IsCell
                    ? new Anchor(location, text, new TextRange(0, text.Value.Length), quote)
                    : Anchor.ForText(location, text, Splitter.Containing(Splitter.Sentences(text.Value), match.Index), quote);
                var printed = text.OriginalSlice(match.Index, match.Length);
                var kind = KindOf(match.Value);
                if (!kinds.TryGetValue(kind, out var places))
                {
                    kinds[kind] = places = [];
                }

                places.Add((anchor, printed));
            }
        }

        foreach (var places in kinds.Values)
        {
            var (first, printed) = places[0];
            var where = places.Count == 1
                ? first.Location.Describe()
                : $"{first.Location.Describe()}等{places.Count}处";
            yield return context.Report("模板残留", $"{where}残留模板文字“{printed}”，未按实际情况填写。",
                printed, null, places.Take(MaxQuotes).Select(p => p.Anchor.ToEvidence("模板文字")));
        }
    }

    /// <summary>The kind of a leftover: the placeholder itself for marks (≥**, XX), one kind for length limits and one for instructions.</summary>
    private static string KindOf(string match)
    {
        var compact = TextNormalizer.NormalizeValue(match).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Contains('字', StringComparison.Ordinal) && compact.Any(char.IsAsciiDigit))
        {
            return "字数限制";
        }

        return compact.Contains('*', StringComparison.Ordinal) || compact.Contains('X', StringComparison.OrdinalIgnoreCase) || compact.Contains('×', StringComparison.Ordinal)
            ? (compact.Trim('X', 'x', '×').Length == 0 ? "XX" : compact.ToUpperInvariant())
            : "填写说明";
    }

    /// <summary>The column headers of an indicator table are the form's printed text (偏差原因分析（100字以内）).</summary>
    private static bool IsHeaderCell(TableCell cell, TableBlock table, Dictionary<int, int> headerRows) =>
        headerRows.TryGetValue(table.TableIndex, out var headerRow) && cell.Row == headerRow;

    // Every placeholder pattern holds one of these characters: most texts need no regex at all.
    private static readonly System.Buffers.SearchValues<char> PlaceholderCharacters = System.Buffers.SearchValues.Create("*Xx×Ｘ字填说");

    /// <summary>The form's own printed notes (填表说明：1.预算执行率=…), not text left unfilled.</summary>
    [GeneratedRegex(@"^\s*(填表说明|填报说明|注[:：]|说明[:：]|备注[:：])")]
    private static partial Regex FormNote();

    [GeneratedRegex(@"[≥≤><=]\s*\*+|\*{2,}|(?<![A-Za-z])(XX+|xx+|××+|ＸＸ+)(?![A-Za-z])|[(（][^()（）]{0,60}\d+字(以内|以下|左右)[)）]|对照(年度)?(绩效)?(目标|指标)[，,]?\s*说明|请(在此|根据实际|如实)?填写|(此处|本栏|本表)填写|填写说明|【[^】]{0,10}填写[^】]{0,10}】")]
    private static partial Regex Placeholder();
}
