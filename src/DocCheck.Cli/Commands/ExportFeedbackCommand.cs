using DocCheck.Classifiers;
using DocCheck.Cli.Feedback;

namespace DocCheck.Cli.Commands;

/// <summary><c>doccheck export-feedback &lt;data folder&gt; [--out file.tsv]</c>: reviewers' verdicts as training rows.</summary>
internal static class ExportFeedbackCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--out" }, new HashSet<string>());
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("export-feedback 需要一个 DocCheck 数据目录");
        }

        var rows = FeedbackExporter.ExportAsync(arguments.Positional[0]).GetAwaiter().GetResult();
        var output = arguments.Option("--out");
        if (output is null)
        {
            stdout.WriteLine(IndicatorDataSet.Header);
            foreach (var r in rows)
            {
                stdout.WriteLine($"{r.Split}\t{r.Kind}\t{r.Group}\t{r.Name}\t{r.Target}\t{r.TargetClass}");
            }
        }
        else
        {
            IndicatorDataSet.Write(output, rows);
            stdout.WriteLine($"{rows.Count} 条反馈样本写入 {output}");
        }

        return ExitCodes.Clean;
    }
}
