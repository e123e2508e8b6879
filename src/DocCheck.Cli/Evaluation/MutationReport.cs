using System.Globalization;

namespace DocCheck.Cli.Evaluation;

/// <summary>Prints an <c>eval-mutations</c> run: the per-rule table, and with verbose every missed or extra variant.</summary>
internal static class MutationReport
{
    public static void Write(MutationRun run, IReadOnlyList<string> rules, MutationEvaluationOptions options, bool verbose, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        if (verbose)
        {
            foreach (var outcome in run.Outcomes.Where(o => !o.Counted || !o.Found || o.HasExtras))
            {
                var kind = !outcome.Counted ? "未生成" : !outcome.Found ? (outcome.HasExtras ? "漏报+多报" : "漏报") : "多报";
                var m = outcome.Mutation;
                output.WriteLine($"{kind} {m.Rule}  {outcome.File}  {m.Place}  {m.Planted}  [{m.Mutator}]");
                if (outcome.Failure is { } failure)
                {
                    output.WriteLine("    原因：" + failure);
                }

                if (outcome.SavedAs is { } saved)
                {
                    output.WriteLine("    变体：" + saved);
                }

                foreach (var extra in outcome.Extras)
                {
                    output.WriteLine("    多出：" + extra);
                }
            }

            output.WriteLine();
        }

        output.WriteLine(string.Create(inv,
            $"变异评估：{run.Files.Count} 份报告，种子 {options.Seed}，每份报告每条规则最多 {(options.Max is { } max ? max.ToString(inv) : "不限")} 个变体，{options.Threads} 线程"));
        foreach (var (file, reason) in run.Unreadable)
        {
            output.WriteLine($"  无法读取，未评估：{file}：{reason}");
        }

        output.WriteLine();
        string[] header = ["规则", "变体", "检出", "漏报", "多报变体", "多报条数", "牵连", "跳过", "召回率", "精确率"];
        int[] widths = [32, 6, 6, 6, 9, 9, 6, 6, 7, 7];
        output.WriteLine(Row(header, widths));
        foreach (var t in RuleTally.Of(run, rules))
        {
            output.WriteLine(Row(
                [t.Rule, Int(t.Variants), Int(t.Found), Int(t.Missed), Int(t.ExtraVariants), Int(t.ExtraFindings), Int(t.ConsequenceFindings), Int(t.Skipped),
                    Ratio(t.Recall), Ratio(t.Precision)],
                widths));
        }

        var seconds = run.Elapsed.TotalSeconds;
        var checkedCount = run.Outcomes.Count(o => o.Counted);
        output.WriteLine();
        output.WriteLine(string.Create(inv, $"用时 {seconds:0.0} 秒，检查变体 {checkedCount} 个（{(seconds > 0 ? checkedCount / seconds : 0):0.0} 个/秒）"));
        output.WriteLine("召回率 = 检出 ÷ 变体；精确率 = 检出 ÷ (检出 + 多报变体)；牵连 = 改动必然牵动的其他规则的新发现（不算多报）；");
        output.WriteLine("跳过 = 改动后并非缺陷或无法落到原文的候选位置（不计入）。");
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table row: the first cell left-aligned, the others right-aligned, Chinese characters counted as two columns.</summary>
    private static string Row(string[] cells, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var pad = new string(' ', Math.Max(0, widths[i] - Width(cells[i])));
            line.Append(i == 0 ? cells[i] + pad : " " + pad + cells[i]);
        }

        return line.ToString().TrimEnd();
    }

    private static int Width(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
