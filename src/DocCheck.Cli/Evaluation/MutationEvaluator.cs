using System.Diagnostics;
using System.Globalization;
using DocCheck.Cli.Evaluation.Mutations;
using DocCheck.Cli.Evaluation.Mutations.Reading;
using DocCheck.Cli.Evaluation.Mutations.Word;
using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Evaluation;

/// <summary>
/// Plants defects into copies of each report and checks whether the engine reports exactly them: the baseline
/// check of the untouched report, then, for every mutator, one variant per eligible place (capped per rule and file
/// when asked), each edited in memory, checked in-process on all cores and compared with the baseline.
/// </summary>
/// <param name="checkers">Makes a checker per thread: the indicator classifier predicts under a lock, so threads
/// sharing one checker wait for each other.</param>
/// <param name="mutators">The mutators to run.</param>
internal sealed class MutationEvaluator(Func<DocChecker> checkers, IReadOnlyList<IMutator> mutators)
{
    /// <summary>Evaluates every .docx of a folder (not recursive, in name order).</summary>
    public MutationRun Run(string folder, MutationEvaluationOptions options, Action<int, int, string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Threads).Select(_ => checkers()).ToList();
        var paths = Directory.GetFiles(folder, "*.docx").Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var reports = new Report?[paths.Count];
        var unreadable = new (string File, string Reason)?[paths.Count];
        ForEach(workers, paths.Count, (checker, i) =>
        {
            var name = Path.GetFileName(paths[i]);
            var bytes = File.ReadAllBytes(paths[i]);
            try
            {
                var baseline = checker.Check(new DocumentSource(name, bytes));
                reports[i] = new Report(name, WordPackage.Read(bytes), baseline, Plant(name, new ReportView(baseline.Document), options));
            }
            catch (UnreadableDocumentException ex)
            {
                unreadable[i] = (name, ex.Message);
            }
        });

        var work = reports.OfType<Report>().SelectMany(r => r.Variants.Select(v => (Report: r, Mutation: v))).ToList();
        var outcomes = new VariantOutcome[work.Count];
        var done = 0;
        ForEach(workers, work.Count, (checker, i) =>
        {
            var (report, mutation) = work[i];
            outcomes[i] = Evaluate(checker, report, mutation, options.VariantsFolder, i);
            progress?.Invoke(Interlocked.Increment(ref done), work.Count, report.Name);
        });

        foreach (var report in reports.OfType<Report>())
        {
            report.Package.Dispose();
        }

        return new MutationRun(
            [.. reports.OfType<Report>().Select(r => r.Name)],
            [.. unreadable.OfType<(string, string)>()],
            outcomes,
            [.. reports.OfType<Report>().SelectMany(r => r.Skipped.Select(s => (r.Name, s)))],
            watch.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0..count−1 on one thread per checker, each thread with its own checker; the
    /// threads take the next index as they finish, and results go to their index, so the order of work is free.
    /// </summary>
    private static void ForEach(IReadOnlyList<DocChecker> workers, int count, Action<DocChecker, int> body)
    {
        var next = -1;
        Exception? failure = null;
        var threads = workers.Select(checker => new Thread(() =>
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count && failure is null; i = Interlocked.Increment(ref next))
                {
                    body(checker, i);
                }
            }
#pragma warning disable CA1031 // Handed to the calling thread below, where it is thrown again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failure is not null)
        {
            throw new InvalidOperationException("A mutation worker failed: " + failure.Message, failure);
        }
    }

    /// <summary>The variants and skipped candidates for one report; at most <c>Max</c> variants per rule, chosen with the seed.</summary>
    internal (List<Mutation> Variants, List<Mutation> Skipped) Plant(string name, ReportView view, MutationEvaluationOptions options)
    {
        var variants = new List<Mutation>();
        var skipped = new List<Mutation>();
        foreach (var rule in mutators.Select(m => m.Rule).Distinct())
        {
            if (options.Rules is { } only && !only.Contains(rule))
            {
                continue;
            }

            var planted = new List<Mutation>();
            foreach (var mutator in mutators.Where(m => m.Rule == rule))
            {
                foreach (var mutation in mutator.Plant(view, StableSeed.For(options.Seed, name, mutator.GetType().Name)))
                {
                    (mutation.SkipReason is null ? planted : skipped).Add(mutation);
                }
            }

            if (options.Max is { } max && planted.Count > max)
            {
                var random = StableSeed.For(options.Seed, name, rule, "max");
                var keep = planted.Select((m, i) => (Index: i, Key: random.Next())).OrderBy(p => p.Key).ThenBy(p => p.Index)
                    .Take(max).Select(p => p.Index).Order().ToList();
                planted = [.. keep.Select(i => planted[i])];
            }

            variants.AddRange(planted);
        }

        return (variants, skipped);
    }

    private static VariantOutcome Evaluate(DocChecker checker, Report report, Mutation mutation, string? folder, int index)
    {
        var (bytes, failure) = report.Package.Apply(report.Baseline.Document, mutation.Edits);
        if (bytes is null)
        {
            return new VariantOutcome(report.Name, mutation, [], [], [], failure ?? "无法修改");
        }

        CheckResult result;
        try
        {
            result = checker.Check(new DocumentSource(report.Name, bytes));
        }
        catch (UnreadableDocumentException ex)
        {
            return new VariantOutcome(report.Name, mutation, [], [], [], "变体无法读取：" + ex.Message);
        }

        var (hits, consequences, extras) = FindingComparison.Compare(mutation, report.Baseline.Run, result.Run);
        var outcome = new VariantOutcome(report.Name, mutation, hits, consequences, extras);
        if (folder is not null && (!outcome.Found || outcome.HasExtras))
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(report.Name)}.{index:00000}.{mutation.Rule}.docx"));
            File.WriteAllBytes(path, bytes);
            outcome = outcome with { SavedAs = path };
        }

        return outcome;
    }

    private sealed class Report(string name, WordPackage package, CheckResult baseline, (List<Mutation> Variants, List<Mutation> Skipped) planted)
    {
        public string Name { get; } = name;

        public WordPackage Package { get; } = package;

        public CheckResult Baseline { get; } = baseline;

        public List<Mutation> Variants { get; } = planted.Variants;

        public List<Mutation> Skipped { get; } = planted.Skipped;
    }
}
