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

    /// <inheritdoc/>
    public IEnumerable<Finding> Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var block in context.Facts.Document.Blocks)
        {
            var texts = block switch
            {
                ParagraphBlock p => [(p.Location, p.Text)],
                TableBlock t => t.Cells.Select(c => (c.Location, c.Text)).ToList(),
                _ => [],
            };

            foreach (var (location, text) in texts)
            {
                if (text.Value.AsSpan().IndexOfAny(PlaceholderCharacters) < 0)
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
                yield return context.Report("模板残留", $"{location.Describe()}残留模板文字“{printed}”，未按实际情况填写。",
                    printed, null, [anchor.ToEvidence("模板文字")]);
            }
        }
    }

    // Every placeholder pattern holds one of these characters: most texts need no regex at all.
    private static readonly System.Buffers.SearchValues<char> PlaceholderCharacters = System.Buffers.SearchValues.Create("*Xx×Ｘ字填说");

    [GeneratedRegex(@"[≥≤><=]\s*\*+|\*{2,}|(?<![A-Za-z])(XX+|xx+|××+|ＸＸ+)(?![A-Za-z])|[(（]\d+字(以内|以下|左右)[)）]|对照(年度)?(绩效)?(目标|指标)[，,]?\s*说明|请(在此|根据实际|如实)?填写|(此处|本栏|本表)填写|填写说明|【[^】]{0,10}填写[^】]{0,10}】")]
    private static partial Regex Placeholder();
}
