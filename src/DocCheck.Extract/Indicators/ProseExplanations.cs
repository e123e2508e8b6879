using System.Text.RegularExpressions;
using DocCheck.Core.Documents;

namespace DocCheck.Extract.Indicators;

/// <summary>
/// Explanations a report gives outside its indicator table: in the analysis prose (关于“X”指标：……偏差原因：……;
/// X未完成的原因是……; X超额完成主要是因为……) or in notes under the table (注：/说明：). The rules about unexplained
/// items look here after the row's own reason cell (rule catalog: "explanations count wherever they are").
/// </summary>
/// <remarks>
/// A sentence explains an indicator when it names the indicator (its name, or the name without a trailing
/// 率/数/量/次数 or parenthesis) and gives a cause (原因, 由于, 因为, 主要是, 导致, 受…影响…) in that sentence or the next.
/// </remarks>
public sealed partial class ProseExplanations
{
    /// <summary>A table cell this long is written prose (a note or a reason row), not a value.</summary>
    private const int NoteLength = 24;

    /// <summary>Shorter names than this are too common to find a sentence by (数量, 质量).</summary>
    private const int MinimumKeyLength = 3;

    /// <summary>Names this long are still themselves with a word of one or two characters left out.</summary>
    private const int MinimumLengthForOmissions = 7;

    // Indicator names run to a few dozen characters; longer text in the name column is no name to vary.
    private const int MaximumLengthForOmissions = 64;

    /// <summary>An ending of a name shorter than this is too common to name the indicator (库容, 人次数).</summary>
    private const int MinimumEndingLength = 5;

    /// <summary>A sentence's topic stands within its first characters, named as an item (X：, （一）X指标…).</summary>
    private const int TopicWindow = 8;

    private readonly List<(string Text, string Next, SourceLocation Place)> _sentences;

    private ProseExplanations(List<(string Text, string Next, SourceLocation Place)> sentences) => _sentences = sentences;

    /// <summary>A report with no prose.</summary>
    public static ProseExplanations None { get; } = new([]);

    /// <summary>Splits the body paragraphs of a document into sentences, each with the next one joined on.</summary>
    public static ProseExplanations Of(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<(string Text, string Next, SourceLocation Place)>();
        void Add(string text, SourceLocation place)
        {
            var parts = SentenceEnd().Split(Compact(text)).Where(s => s.Length > 0).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                sentences.Add((parts[i], i + 1 < parts.Count ? parts[i + 1] : string.Empty, place));
            }
        }

        foreach (var paragraph in document.Paragraphs.Where(p => !p.IsHeading))
        {
            Add(paragraph.Text.Value, paragraph.Location);
        }

        // A row of the form for the reasons (偏差原因分析及改进措施 | 实施路面修复工程里程未完成年度目标：原计划…) and a
        // note written into a cell (注：…, 说明：…) are prose inside the table.
        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells.Where(c => c.Value.Length >= NoteLength))
            {
                // Under the row's label 偏差原因… every sentence is a reason, whatever its own words.
                // Other long cells (the 年度总体目标's 实际完成情况) are values of the form, not explanations.
                var underReasonLabel = table.RowCells(cell.Row).Any(label => label.Column < cell.Column && label.Value.Length < NoteLength
                    && label.Value.Contains("原因", StringComparison.Ordinal));
                if (underReasonLabel)
                {
                    Add("原因：" + cell.Value, cell.Location);
                }
                else if (NoteCell().IsMatch(cell.Value))
                {
                    Add(cell.Value, cell.Location);
                }
            }
        }

        return new ProseExplanations(sentences);
    }

    /// <summary>Where the report explains why an indicator fell short of, beat, or lost points against its target; null when none does.</summary>
    public SourceLocation? For(Indicator indicator) => For(indicator, overachievement: false);

    /// <summary>
    /// Where the report comments on an indicator beating its target: a sentence naming it that also speaks of the
    /// excess (超额, 超过, 高于…) and its cause; null when none does.
    /// </summary>
    public SourceLocation? ForOverachievement(Indicator indicator) => For(indicator, overachievement: true);

    private SourceLocation? For(Indicator indicator, bool overachievement)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        // A code in a column of its own names the indicator in the prose just as a code in its name does (C11：…).
        var keys = Keys(indicator.Code is { } code ? code + indicator.ShortName : indicator.ShortName);
        if (keys.Count == 0)
        {
            return null;
        }

        // The cause stands in the sentence that names the indicator (before or after the name) or in the next one.
        foreach (var (text, next, place) in _sentences)
        {
            if ((!Cause().IsMatch(text) && !Cause().IsMatch(next)) || (overachievement && !Excess().IsMatch(text + next)))
            {
                continue;
            }

            var head = ListLabel().Match(text).Length;
            foreach (var (key, anywhere) in keys)
            {
                // The whole name (or it with a word left out: 业务处室满意度 for 业务处室使用满意度) may stand anywhere;
                // a shortened one (签约项目 for 签约项目数) only as the sentence's topic — at its head, in quotes or
                // named as an item (X：) — lest any sentence about 签约项目 explain the count of them.
                var at = text.IndexOf(key, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var end = at + key.Length;
                var asTopic = anywhere || at == head || (at > 0 && text[at - 1] is '“' or '"' or '「')
                    || (at <= TopicWindow && end < text.Length && (text[end] is '：' or ':' or '”' || text.AsSpan(end).StartsWith("指标", StringComparison.Ordinal)));
                if (asTopic)
                {
                    return place;
                }
            }

            if (StatesActualUnderShorterName(indicator, text))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// Prose often names an indicator by its head word after setting the scene (全县敬老院共有床位660张，床位利用率
    /// 62.4%，未达到65%的目标，主要原因是… for 敬老院床位利用率): the name's ending of three characters or more, or any
    /// four characters of it, with the row's very actual value right after, is the indicator.
    /// </summary>
    private static bool StatesActualUnderShorterName(Indicator indicator, string sentence)
    {
        var actual = Compact(indicator.Actual);
        var name = Compact(Bracketed().Replace(indicator.ShortName, string.Empty));
        if (actual.Length == 0 || actual.Length > 12 || !actual.Any(char.IsAsciiDigit) || name.Length < 5)
        {
            return false;
        }

        for (var at = sentence.IndexOf(actual, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(actual, at + 1, StringComparison.Ordinal))
        {
            // The value itself, not the tail of a longer number (162.4% for 62.4%).
            if (at > 0 && (char.IsAsciiDigit(sentence[at - 1]) || sentence[at - 1] == '.'))
            {
                continue;
            }

            // Its ending (优良率86.2% for 单元工程质量优良率) or any four characters of it (新建护岸30.4公里 for 新建护岸长度).
            var before = sentence[Math.Max(0, at - 12)..at];
            for (var length = name.Length - 1; length >= 3; length--)
            {
                if (before.Contains(name[^length..], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            for (var start = 0; start + 4 <= name.Length; start++)
            {
                if (before.Contains(name.AsSpan(start, 4), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name and its other forms, each with whether it may stand anywhere in a sentence or only as its topic.</summary>
    internal static List<(string Key, bool Anywhere)> Keys(string name)
    {
        var compact = Compact(Bracketed().Replace(name, string.Empty)).Trim('“', '”', '"', '：', ':');
        var keys = new List<(string Key, bool Anywhere)>();

        // Third-party reports code their indicators (C13数字化记录项目数) and explain them by code (C13：…原因是…).
        var code = IndicatorCode().Match(compact);
        if (code.Success)
        {
            compact = compact[code.Length..];
        }

        keys.Add((compact, true));

        // Prose drops a word of a long name (业务处室满意度 for 业务处室使用满意度). Not of a "name" that is a paragraph
        // (a damaged table, a cell of pasted text): its variants would be as many copies of it as it has characters.
        if (compact.Length >= MinimumLengthForOmissions && compact.Length <= MaximumLengthForOmissions)
        {
            for (var length = 1; length <= 2; length++)
            {
                for (var start = 2; start + length <= compact.Length - 2; start++)
                {
                    keys.Add((compact.Remove(start, length), true));
                }
            }
        }

        // Prose drops the verb a name opens with (冷链仓储库容未达目标的原因是… for 新建冷链仓储库容): its ending, as the
        // sentence's topic only.
        for (var start = 2; compact.Length - start >= MinimumEndingLength && start <= 3; start++)
        {
            keys.Add((compact[start..], false));
        }

        var stem = Suffix().Replace(compact, string.Empty);
        if (stem != compact)
        {
            keys.Add((stem, false));
        }

        keys = keys.Where(k => k.Key.Length >= MinimumKeyLength).ToList();
        if (code.Success)
        {
            keys.Add((code.Value, true));
        }

        return keys.DistinctBy(k => k.Key).ToList();
    }

    private static string Compact(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex(@"^\s*(注|说明|备注)\d?[:：]")]
    private static partial Regex NoteCell();

    [GeneratedRegex("[。；;！!？?]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*((\d+|[一二三四五六七八九十]+)[、.．]|[（(]([一二三四五六七八九十]+|\d+)[）)])")]
    private static partial Regex ListLabel();

    [GeneratedRegex("^[A-Za-z][0-9]{1,3}(?![0-9])")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex("超额|超过|超出|高于|多于|大于|增加|提前|好于|优于|突破")]
    private static partial Regex Excess();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex("(指标|完成率|达标率|覆盖率|合格率|类型|种类|率|数量|人数|次数|个数|数|量)$")]
    private static partial Regex Suffix();

    // 造成 is a cause, 改造成本 is not.
    [GeneratedRegex("原因|理由|由于|因为|主要是|主要系|系因|导致|所致|(?<![改建营塑])造成|受[^。]{0,20}影响|因[^。]{0,12}(未|不|延|暂|减|增|调|较)|是因|扣(\\d|分|减|除)|虽[^。]{0,20}但|计得|按[^。]{0,12}(计分|比例)|按[^。]{0,16}计[\\d.]+分")]
    private static partial Regex Cause();
}
