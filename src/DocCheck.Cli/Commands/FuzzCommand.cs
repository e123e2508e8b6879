using System.Diagnostics;
using System.Globalization;
using DocCheck.Cli.Fuzzing;
using DocCheck.Cli.Fuzzing.Mutators;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck fuzz [--minutes N | --count N] [--seed S] [--out DIR] [--corpus DIR…]</c>: mutates corpus files (bits,
/// truncation, Word XML, zip headers, PDF objects and streams) and checks each in a check process, as the web app
/// does. A healthy input is checked or refused with one line of Chinese; a crash, a hang past the time limit, memory
/// past the limit, an internal error or a bad reason is a finding, saved in the output folder. Exit 0 without findings.
/// </summary>
internal static class FuzzCommand
{
    private static readonly HashSet<string> ValueOptions =
        ["--minutes", "--count", "--seed", "--out", "--corpus", "--jobs", "--time-limit", "--memory-mb", "--mutators", "--keep", "--per-folder", "--replay"];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var arguments = new Arguments(args, ValueOptions, new HashSet<string> { "--verbose" });
        var replay = Number(arguments, "--replay", null, 0);
        var count = replay is null ? Number(arguments, "--count", null, 1) : 1;
        var minutes = Number(arguments, "--minutes", count is null ? 10 : null, 1);
        var runSeed = (int)(Number(arguments, "--seed", null, 0) ?? Environment.TickCount64 % 1_000_000);
        var limits = new FuzzLimits(
            TimeSpan.FromSeconds(Number(arguments, "--time-limit", 60, 1)!.Value),
            (int)Number(arguments, "--memory-mb", 1024, 64)!.Value);
        var folders = arguments.Positional.Prepend(arguments.Option("--corpus")).OfType<string>().DefaultIfEmpty("corpus").ToList();
        var missing = folders.FirstOrDefault(f => !Directory.Exists(f));
        if (missing is not null)
        {
            throw new UsageException($"语料目录 {missing} 不存在（请在仓库根目录运行，或用 --corpus 指定）");
        }

        var seeds = FuzzSeed.Load(folders, (int)Number(arguments, "--per-folder", 24, 1)!.Value);
        if (seeds.Count == 0)
        {
            throw new UsageException($"语料目录 {string.Join("、", folders)} 中没有 .docx 或 .pdf 文件");
        }

        var generator = new FuzzCaseGenerator(seeds, MutatorSet.Named(arguments.Option("--mutators")), runSeed);
        var store = new FindingStore(arguments.Option("--out") ?? "fuzz-findings", runSeed, (int)Number(arguments, "--keep", 10, 1)!.Value);
        var plan = new FuzzPlan(replay ?? 0, count, minutes is { } m ? TimeSpan.FromMinutes(m) : null, (int)Number(arguments, "--jobs", 1, 1)!.Value);
        var inv = CultureInfo.InvariantCulture;
        stderr.WriteLine(string.Create(inv,
            $"模糊测试：种子 {runSeed}，语料 {seeds.Count(s => s.Kind == FuzzKind.Docx)} 份 docx、{seeds.Count(s => s.Kind == FuzzKind.Pdf)} 份 pdf，" +
            $"{(count is { } c ? $"{c} 个输入" : $"{minutes} 分钟")}，并行 {plan.Jobs}，每次审核限 {limits.TimeLimit.TotalSeconds:0} 秒、{limits.MemoryMegabytes} MB"));

        var stats = new FuzzStats();
        var watch = Stopwatch.StartNew();
        var progress = new FuzzProgress(stderr, watch, stats);
        var verbose = arguments.Flag("--verbose") ? stderr : null;
        var fuzzer = new Fuzzer(generator, limits, store, stats)
        {
            OnInput = verbose is null ? null : (input, outcome) => Verbose(verbose, input, outcome),
        };
        fuzzer.Run(plan, progress.Update, cancel);
        progress.Finish();
        Summary(stdout, stats, watch.Elapsed, runSeed, plan, store.Folder);
        return stats.Findings == 0 ? ExitCodes.Clean : ExitCodes.Errors;
    }

    private static void Summary(TextWriter stdout, FuzzStats stats, TimeSpan elapsed, int runSeed, FuzzPlan plan, string folder)
    {
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv,
            $"DocCheck {EngineInfo.Version} 模糊测试：种子 {runSeed}，{stats.Inputs} 个输入，用时 {FuzzProgress.Duration(elapsed)}，{stats.Inputs / Math.Max(0.001, elapsed.TotalSeconds):0.0} 个/秒，并行 {plan.Jobs}"));
        stdout.WriteLine("结果：" + string.Join("，", Enum.GetValues<FuzzVerdict>().Select(v => string.Create(inv, $"{v.Chinese()} {stats.Count(v)}"))));
        stdout.WriteLine(string.Create(inv,
            $"单次审核：最长 {stats.Slowest.Elapsed.TotalSeconds:0.0} 秒（#{stats.Slowest.Index} {stats.Slowest.Mutators}），常驻内存峰值最高 {stats.PeakMemory.Megabytes:0} MB（#{stats.PeakMemory.Index}）；新进程复查时未复现 {stats.NotReproduced} 个"));
        stdout.WriteLine("按变异方式（输入数 / 发现数）：");
        foreach (var (name, inputs, findings) in stats.ByMutator())
        {
            stdout.WriteLine(string.Create(inv, $"  {name,-18} {inputs,7} / {findings}"));
        }

        if (stats.Findings == 0)
        {
            stdout.WriteLine("没有发现。");
            return;
        }

        stdout.WriteLine(string.Create(inv, $"发现 {stats.Findings} 个，共 {stats.Classes} 类（每类保存前几个输入及说明于 {folder}）："));
        foreach (var (signature, count, example) in stats.FindingClasses())
        {
            stdout.WriteLine(string.Create(inv, $"  ×{count,-5} {signature}"));
            stdout.WriteLine("         例：" + (example.Length == 0 ? "（未保存）" : example));
        }
    }

    private static void Verbose(TextWriter stderr, FuzzCase input, FuzzOutcome outcome)
    {
        lock (stderr)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{input.Index} {input.Seed.Name} {input.Mutators}: {input.Detail} → {outcome.Verdict.Chinese()} {outcome.Elapsed.TotalSeconds:0.00} s {outcome.PeakMegabytes:0} MB {outcome.Reason}"));
        }
    }

    private static long? Number(Arguments arguments, string name, long? fallback, long minimum)
    {
        if (arguments.Option(name) is not { } text)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum || value > int.MaxValue)
        {
            throw new UsageException($"{name} 需要不小于 {minimum} 的整数");
        }

        return value;
    }
}
