using System.Globalization;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Pipeline.Evaluation;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck eval-corpus &lt;folder&gt; [--pdf producer] [--verbose]</c>: checks every report of a corpus folder
/// (<c>sources/*.txt</c> with their <c>// expect:</c> lines written by hand, <c>docx/</c> or <c>pdf/&lt;producer&gt;/</c>
/// beside them) and prints recall and precision per rule and overall, and the clean reports that got an error.
/// </summary>
internal static class EvalCorpusCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--pdf" }, new HashSet<string> { "--verbose" });
        if (arguments.Positional.Count != 1 || !Directory.Exists(Path.Combine(arguments.Positional[0], "sources")))
        {
            throw new UsageException("eval-corpus 需要语料目录（其中有 sources/*.txt 及 docx/ 或 pdf/<生成方式>/）");
        }

        var folder = arguments.Positional[0];
        var producer = arguments.Option("--pdf");
        var verbose = arguments.Flag("--verbose");
        var scores = new List<ExpectationScore>();
        foreach (var source in Directory.GetFiles(Path.Combine(folder, "sources"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(source);
            var document = producer is null ? Path.Combine(folder, "docx", name + ".docx") : Path.Combine(folder, "pdf", producer, name + ".pdf");
            if (!File.Exists(document))
            {
                continue;
            }

            var expected = ExpectedReport.Load(source);
            var score = CorpusEvaluation.Check(expected, document, DocChecker.Default);
            scores.Add(score);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-52} 预期 {score.Found.Count + score.Missed.Count,2}  命中 {score.Found.Count,2}  漏报 {score.Missed.Count,2}  多报 {score.Extra.Count,2}{(score.CleanReportWithError ? "  ← 无问题报告出现错误级发现" : string.Empty)}"));
            if (verbose)
            {
                foreach (var missed in score.Missed)
                {
                    stdout.WriteLine($"    漏报 {missed.RuleId} | {missed.Key}");
                }

                foreach (var extra in score.Extra)
                {
                    stdout.WriteLine($"    多报 {extra.RuleId} [{extra.Severity.ToString().ToLowerInvariant()}] {extra.Subject} | {extra.Claimed} | {extra.Message}");
                }
            }
        }

        if (scores.Count == 0)
        {
            throw new UsageException("sources/ 下的报告在 docx/（或 pdf/<生成方式>/）中都没有对应文件");
        }

        stdout.WriteLine();
        foreach (var line in CorpusEvaluation.Table(scores))
        {
            stdout.WriteLine(line);
        }

        return ExitCodes.Clean;
    }
}
