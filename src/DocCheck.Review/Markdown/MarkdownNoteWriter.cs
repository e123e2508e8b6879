using System.Text;
using DocCheck.Core.Findings;
using DocCheck.Core.Text;

namespace DocCheck.Review.Markdown;

/// <summary>Writes the review note as Markdown (the terminal default).</summary>
public sealed class MarkdownNoteWriter : INoteWriter
{
    /// <summary>A shared instance.</summary>
    public static MarkdownNoteWriter Instance { get; } = new();

    /// <inheritdoc/>
    public string Format => "md";

    /// <inheritdoc/>
    public string Extension => ".md";

    /// <inheritdoc/>
    public void Write(ReviewNote note, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(note));
        output.Write(bytes);
    }

    /// <summary>The note as Markdown text.</summary>
    public static string Render(ReviewNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var md = new StringBuilder();
        md.Append("# 审核意见：").AppendLine(Inline(note.Title)).AppendLine();
        md.AppendLine("| 项目 | 内容 |").AppendLine("|---|---|");
        md.Append("| 报告标题 | ").Append(Cell(note.Title)).AppendLine(" |");
        md.Append("| 单位 | ").Append(Cell(note.Unit ?? "未识别")).AppendLine(" |");
        md.Append("| 评价年度 | ").Append(note.Year is { } year ? $"{year}年度" : "未识别").AppendLine(" |");
        md.Append("| 文件 | ").Append(Cell(note.FileName)).Append('（').Append(note.Format).AppendLine("） |");
        md.Append("| SHA-256 | `").Append(note.Sha256).AppendLine("` |");
        md.Append("| 审核工具 | DocCheck ").Append(note.EngineVersion).AppendLine(" |").AppendLine();

        md.Append("## 审核结论：").AppendLine(note.Verdict.ToChinese()).AppendLine();
        md.AppendLine(VerdictText.Explain(note)).AppendLine();
        md.AppendLine(NoteSections.CoverageSentence(note)).AppendLine();

        var section = 0;
        foreach (var (severity, heading) in NoteSections.Groups)
        {
            var findings = note.Findings.Where(f => f.Severity == severity).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            md.Append("## ").Append(NoteSections.Ordinal(++section)).Append('、').Append(heading).Append('（').Append(findings.Count).AppendLine("项）").AppendLine();
            var number = 0;
            foreach (var finding in findings)
            {
                var rule = note.Rules.TryGetValue(finding.RuleId, out var descriptor) ? descriptor : null;
                md.Append("### ").Append(++number).Append(". ").Append(Inline(rule?.Title ?? finding.RuleId))
                  .Append('：').Append(Inline(finding.Subject)).Append(" `").Append(finding.RuleId).AppendLine("`").AppendLine();
                md.AppendLine(Inline(finding.Message)).AppendLine();
                if (finding.Claimed is not null || finding.Computed is not null)
                {
                    md.Append("- 报告数值：").Append(Inline(finding.Claimed ?? "—")).Append("；复核结果：").AppendLine(Inline(finding.Computed ?? "—"));
                }

                foreach (var evidence in finding.Evidence)
                {
                    md.Append("- ").Append(Inline(evidence.Role)).Append("：“").Append(Inline(NoteSections.Quote(evidence)))
                      .Append("”——").AppendLine(Inline(evidence.Location.Describe()));
                }

                if (rule is not null)
                {
                    md.Append("- 建议：").AppendLine(Inline(rule.Suggestion));
                }

                md.AppendLine();
            }
        }

        md.Append("## ").Append(NoteSections.Ordinal(++section)).AppendLine("、未能核查").AppendLine();
        if (note.Unchecked.Length == 0)
        {
            md.AppendLine("无。").AppendLine();
        }
        else
        {
            foreach (var item in note.Unchecked)
            {
                md.Append("- ").Append(Inline(item.Subject)).Append('：').Append(Inline(item.Reason));
                if (item.Location is { } location)
                {
                    md.Append('（').Append(Inline(location.Describe())).Append('）');
                }

                md.AppendLine();
            }

            md.AppendLine();
        }

        md.AppendLine("## 附录一　读取的关键数据").AppendLine();
        if (note.Facts.Length == 0)
        {
            md.AppendLine("未读取到关键数据。").AppendLine();
        }
        else
        {
            md.AppendLine("| 数据 | 原文标签 | 数值 | 位置 |").AppendLine("|---|---|---|---|");
            foreach (var fact in note.Facts)
            {
                md.Append("| ").Append(Cell(fact.Role)).Append(" | ").Append(Cell(fact.Label)).Append(" | ").Append(Cell(fact.Value))
                  .Append(" | ").Append(Cell(fact.Location.Describe())).AppendLine(" |");
            }

            md.AppendLine();
        }

        md.AppendLine("## 附录二　指标表（DocCheck 的理解）").AppendLine();
        if (note.Indicators.Length == 0)
        {
            md.AppendLine("未识别到指标表。");
        }
        else
        {
            md.AppendLine("| 表 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |")
              .AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var row in note.Indicators)
            {
                md.Append("| 表").Append(row.Table + 1).Append(" | ").Append(Cell(row.Level1)).Append(" | ").Append(Cell(row.Level2)).Append(" | ")
                  .Append(Cell(row.Name)).Append(" | ").Append(Cell(row.Target)).Append(" | ").Append(Cell(row.Actual)).Append(" | ")
                  .Append(Cell(row.Weight)).Append(" | ").Append(Cell(row.Score)).Append(" | ").Append(Cell(row.Reason)).AppendLine(" |");
            }
        }

        return md.ToString();
    }

    // One line, and no control characters: a note read in a terminal must not carry a report's escape sequences.
    private static string Inline(string text) => ControlCharacters.Replace(text.ReplaceLineEndings(" "), keepLineBreaks: false).Trim();

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
}
