using System.Diagnostics;
using System.Globalization;
using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench &lt;folder&gt; [--iterations N]</c>: the whole check (read, extract, rules, Markdown note) over
/// every .docx of a folder on one thread, after a warm-up; prints reports per second (per core), latency
/// percentiles and allocation per report. A benchmark, not a test: figures go in notes, not assertions.
/// </summary>
internal static class BenchCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--iterations" }, new HashSet<string>());
        if (arguments.Positional.Count != 1 || !Directory.Exists(arguments.Positional[0]))
        {
            throw new UsageException("bench 需要一个存在的目录");
        }

        var iterations = int.Parse(arguments.Option("--iterations") ?? "20", CultureInfo.InvariantCulture);
        var files = Directory.GetFiles(arguments.Positional[0], "*.docx", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(DocumentSource.FromFile)
            .ToList();
        if (files.Count == 0)
        {
            throw new UsageException("目录中没有 .docx 文件");
        }

        var checker = DocChecker.Default;
        var readable = files.Where(f => TryCheck(checker, f)).ToList();
        for (var warm = 0; warm < 3; warm++)
        {
            readable.ForEach(f => Check(checker, f));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var timings = new List<double>();
        var perFile = readable.ToDictionary(f => f.FileName, _ => 0.0);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var file in readable)
            {
                var watch = Stopwatch.StartNew();
                Check(checker, file);
                var ms = watch.Elapsed.TotalMilliseconds;
                timings.Add(ms);
                perFile[file.FileName] += ms / iterations;
            }
        }

        total.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        timings.Sort();
        var count = timings.Count;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"DocCheck {EngineInfo.Version} bench: {readable.Count} reports ({files.Count - readable.Count} unreadable skipped) × {iterations} iterations, 1 thread, warm"));
        stdout.WriteLine(string.Create(inv, $"  throughput     {count / total.Elapsed.TotalSeconds:0.0} reports/s per core"));
        stdout.WriteLine(string.Create(inv, $"  latency        mean {timings.Average():0.00} ms, p50 {timings[count / 2]:0.00} ms, p95 {timings[(int)(count * 0.95)]:0.00} ms, max {timings[^1]:0.00} ms"));
        stdout.WriteLine(string.Create(inv, $"  allocation     {allocated / (double)count / 1048576:0.00} MB per report"));
        stdout.WriteLine(string.Create(inv, $"  peak memory    {peak / 1048576.0:0} MB working set"));
        stdout.WriteLine(string.Create(inv, $"  input size     {readable.Average(f => f.Content.Length) / 1024.0:0} KB mean .docx"));
        stdout.WriteLine("  slowest:");
        foreach (var (name, ms) in perFile.OrderByDescending(p => p.Value).Take(5))
        {
            stdout.WriteLine(string.Create(inv, $"    {ms,8:0.00} ms  {name}"));
        }

        return ExitCodes.Clean;
    }

    internal static void Check(DocChecker checker, DocumentSource file)
    {
        var result = checker.Check(file);
        using var sink = new MemoryStream();
        DocChecker.WriteNote(result, "md", sink);
    }

    internal static bool TryCheck(DocChecker checker, DocumentSource file)
    {
        try
        {
            Check(checker, file);
            return true;
        }
        catch (UnreadableDocumentException)
        {
            return false;
        }
    }
}
