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
    /// <summary>Shorter names than this are too common to find a sentence by (数量, 质量).</summary>
    private const int MinimumKeyLength = 3;

    /// <summary>A sentence's topic stands within its first characters, named as an item (X：, （一）X指标…).</summary>
    private const int TopicWindow = 8;

    private readonly List<(string Text, ParagraphBlock Paragraph)> _sentences;

    private ProseExplanations(List<(string Text, ParagraphBlock Paragraph)> sentences) => _sentences = sentences;

    /// <summary>A report with no prose.</summary>
    public static ProseExplanations None { get; } = new([]);

    /// <summary>Splits the body paragraphs of a document into sentences, each with the next one joined on.</summary>
    public static ProseExplanations Of(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<(string Text, ParagraphBlock Paragraph)>();
        foreach (var paragraph in document.Paragraphs.Where(p => !p.IsHeading))
        {
            var parts = SentenceEnd().Split(Compact(paragraph.Text.Value)).Where(s => s.Length > 0).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                sentences.Add((i + 1 < parts.Count ? parts[i] + "。" + parts[i + 1] : parts[i], paragraph));
            }
        }

        return new ProseExplanations(sentences);
    }

    /// <summary>The paragraph that explains why an indicator fell short of, beat, or lost points against its target; null when none does.</summary>
    public ParagraphBlock? For(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var keys = Keys(indicator.ShortName);
        if (keys.Count == 0)
        {
            return null;
        }

        foreach (var (text, paragraph) in _sentences)
        {
            for (var k = 0; k < keys.Count; k++)
            {
                // The whole name may stand anywhere; a shortened one (签约项目 for 签约项目数) only as the sentence's
                // topic, at its head or in quotes, lest any sentence about 签约项目 explain the count of them.
                var at = text.IndexOf(keys[k], StringComparison.Ordinal);
                var end = at + keys[k].Length;
                var asTopic = k == 0 || IndicatorCode().IsMatch(keys[k]) || (at > 0 && text[at - 1] is '“' or '"' or '「')
                    || (at is >= 0 and <= TopicWindow && end < text.Length && (text[end] is '：' or ':' or '”' || text.AsSpan(end).StartsWith("指标", StringComparison.Ordinal)));
                if (at >= 0 && asTopic && Cause().IsMatch(text.AsSpan(at)))
                {
                    return paragraph;
                }
            }
        }

        return null;
    }

    /// <summary>The name and its shorter forms, longest first.</summary>
    internal static List<string> Keys(string name)
    {
        var compact = Compact(Bracketed().Replace(name, string.Empty)).Trim('“', '”', '"', '：', ':');
        var keys = new List<string>();

        // Third-party reports code their indicators (C13数字化记录项目数) and explain them by code (C13：…原因是…).
        var code = IndicatorCode().Match(compact);
        if (code.Success)
        {
            compact = compact[code.Length..];
        }

        keys.Add(compact);
        var stem = Suffix().Replace(compact, string.Empty);
        if (stem != compact)
        {
            keys.Add(stem);
        }

        keys = keys.Where(k => k.Length >= MinimumKeyLength).ToList();
        if (code.Success)
        {
            keys.Add(code.Value);
        }

        return keys.Distinct().ToList();
    }

    private static string Compact(string text) => Spaces().Replace(text, string.Empty);

    [GeneratedRegex("[。；;！!？?]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^[A-Za-z][0-9]{1,3}(?![0-9])")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex("(指标|完成率|达标率|覆盖率|合格率|率|数量|人数|次数|个数|数|量)$")]
    private static partial Regex Suffix();

    [GeneratedRegex("原因|理由|由于|因为|主要是|主要系|系因|导致|所致|造成|受[^。]{0,20}影响|因[^。]{0,12}(未|不|延|暂|减|增|调|较)|是因|扣(\\d|分|减|除)|虽[^。]{0,20}但|计得|按[^。]{0,12}(计分|比例)")]
    private static partial Regex Cause();
}
