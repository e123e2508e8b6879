using System.Diagnostics;
using System.Globalization;
using DocCheck.Bulk;
using DocCheck.Cli.Evaluation;
using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Classifiers;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck eval-mutations &lt;folder&gt; [--rules id,…] [--seed N] [--max N] [--jobs N] [--save-variants &lt;folder&gt;] [--verbose]</c>: plants one defect
/// at a time into in-memory copies of each .docx and prints, per rule, how often the engine reports exactly it
/// (the mutators are in <c>Evaluation/Mutations</c>).
/// </summary>
internal static class EvalMutationsCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--rules", "--seed", "--max", "--jobs", "--save-variants" }, new HashSet<string> { "--verbose" });
        if (arguments.Positional.Count != 1 || !Directory.Exists(arguments.Positional[0]))
        {
            throw new UsageException("eval-mutations 需要一个存在的目录（其中有 .docx 报告）");
        }

        var rules = arguments.Option("--rules")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (rules?.FirstOrDefault(r => !MutatorRegistry.Rules.Contains(r)) is { } unknown)
        {
            throw new UsageException($"无法植入的规则 {unknown}（可植入：{string.Join(",", MutatorRegistry.Rules)}）");
        }

        var save = arguments.Option("--save-variants");
        if (save is not null)
        {
            Directory.CreateDirectory(save);
        }

        var options = new MutationEvaluationOptions(rules, Number(arguments, "--seed") ?? 1, Number(arguments, "--max"), Number(arguments, "--jobs") ?? 0, save);
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        var progress = new ProgressLine(stderr, terminal);
        var watch = Stopwatch.StartNew();
        ScanProgress Progress(int done, int total, string? current) => new(done, total, done, 0, 0, watch.Elapsed, current);
        var run = new MutationEvaluator(CheckerPerThread, MutatorRegistry.All)
            .Run(arguments.Positional[0], options, (done, total, file) => progress.Update(Progress(done, total, file)));
        progress.Finish(Progress(run.Outcomes.Count, run.Outcomes.Count, null));
        if (run.Files.Count == 0 && run.Unreadable.Count == 0)
        {
            throw new UsageException("目录中没有 .docx 文件");
        }

        MutationReport.Write(run, [.. MutatorRegistry.Rules.Where(r => rules is null || rules.Contains(r))], options, arguments.Flag("--verbose"), stdout);
        return ExitCodes.Clean;
    }

    /// <summary>A checker with the default pipeline and classifiers of its own (the shared ones predict under a lock).</summary>
    internal static DocChecker CheckerPerThread() =>
        IndicatorModels.FindDirectory() is { } models
            ? new DocChecker(new CheckPipelineBuilder().UseDefaults().UseIndicatorModels(models).Build())
            : DocChecker.Default;

    private static int? Number(Arguments arguments, string name)
    {
        if (arguments.Option(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new UsageException($"{name} 需要一个非负整数");
    }
}
