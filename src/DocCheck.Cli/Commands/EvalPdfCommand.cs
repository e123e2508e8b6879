using System.Globalization;
using DocCheck.Pipeline;
using DocCheck.Pipeline.Fidelity;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck eval-pdf &lt;corpus&gt; [--verbose]</c>: reads every PDF under <c>pdf/&lt;producer&gt;/</c> and its Word
/// original under <c>docx/</c>, and prints per report and per producer the share of identical table cells and
/// whether the findings are identical. With <c>--verbose</c>, the cells and findings that differ.
/// </summary>
internal static class EvalPdfCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string>(), new HashSet<string> { "--verbose" });
        if (arguments.Positional.Count != 1 || !Directory.Exists(arguments.Positional[0]))
        {
            throw new UsageException("eval-pdf 需要语料目录（其中有 docx/ 和 pdf/<生成方式>/）");
        }

        var verbose = arguments.Flag("--verbose");
        var inv = CultureInfo.InvariantCulture;
        var results = PdfFidelity.EvaluateCorpus(arguments.Positional[0], DocChecker.Default.Pipeline, result =>
        {
            var findings = result.Error ?? (result.FindingsIdentical ? "发现一致" : $"发现不一致（{result.FindingDifferences.Count} 处）");
            stdout.WriteLine(string.Create(inv, $"{result.Producer,-12} {result.Name,-44} 单元格 {result.IdenticalCells,4}/{result.Cells,-4} {result.CellShare,7:P1}  {findings}"));
            if (verbose)
            {
                foreach (var line in result.FindingDifferences.Concat(result.CellDifferences))
                {
                    stdout.WriteLine("    " + line);
                }
            }
        });
        if (results.Count == 0)
        {
            throw new UsageException("目录下没有 pdf/<生成方式>/*.pdf");
        }

        stdout.WriteLine();
        foreach (var producer in results.GroupBy(r => r.Producer))
        {
            var cells = producer.Sum(r => r.Cells);
            var identical = producer.Sum(r => r.IdenticalCells);
            var same = producer.Count(r => r.FindingsIdentical);
            stdout.WriteLine(string.Create(inv,
                $"{producer.Key,-12} 合计：{producer.Count()} 份，单元格一致 {identical}/{cells}（{(cells == 0 ? 1 : identical / (double)cells):P2}），发现一致 {same}/{producer.Count()} 份"));
        }

        return ExitCodes.Clean;
    }
}
