using System.Diagnostics;
using System.Globalization;
using DocCheck.Ingest;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench-pdf &lt;folder&gt; [--iterations N]</c>: the whole check of every PDF of a folder (read, extract,
/// rules, Markdown note; warm, one thread) against <c>pdftotext -layout</c> (poppler-utils) on the same files in
/// the same run, per document and overall, as a ratio. pdftotext starts a process per file, as it is used; its
/// time includes that start. A benchmark, not a test: figures go in notes.
/// </summary>
internal static class BenchPdfCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--iterations" }, new HashSet<string>());
        if (arguments.Positional.Count != 1 || !Directory.Exists(arguments.Positional[0]))
        {
            throw new UsageException("bench-pdf 需要一个存在的目录");
        }

        var iterations = int.Parse(arguments.Option("--iterations") ?? "5", CultureInfo.InvariantCulture);
        var paths = Directory.GetFiles(arguments.Positional[0], "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            throw new UsageException("目录中没有 .pdf 文件");
        }

        var checker = DocChecker.Default;
        var files = paths.Select(p => (Path: p, Source: DocumentSource.FromFile(p))).Where(f => BenchCommand.TryCheck(checker, f.Source)).ToList();
        for (var warm = 0; warm < 2; warm++)
        {
            files.ForEach(f => BenchCommand.Check(checker, f.Source));
        }

        var pdftotext = FindOnPath("pdftotext");
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"DocCheck {EngineInfo.Version} bench-pdf: {files.Count} PDFs ({paths.Count - files.Count} unreadable skipped), median of {iterations} runs each"));
        if (pdftotext is null)
        {
            stdout.WriteLine("  未找到 pdftotext（Debian 软件包 poppler-utils），只报告 DocCheck 的时间。");
        }

        stdout.WriteLine(string.Create(inv, $"  {"doccheck",10} {"pdftotext",10} {"ratio",6}  file"));
        double ours = 0, theirs = 0;
        var ratios = new List<double>();
        foreach (var (path, file) in files)
        {
            var check = Median(iterations, () => BenchCommand.Check(checker, file));
            ours += check;
            if (pdftotext is null)
            {
                stdout.WriteLine(string.Create(inv, $"  {check,8:0.0}ms {"-",10} {"-",6}  {Relative(arguments.Positional[0], path)}"));
                continue;
            }

            var text = Median(iterations, () => RunPdftotext(pdftotext, path));
            theirs += text;
            ratios.Add(check / text);
            stdout.WriteLine(string.Create(inv, $"  {check,8:0.0}ms {text,8:0.0}ms {check / text,5:0.00}×  {Relative(arguments.Positional[0], path)}"));
        }

        if (pdftotext is null)
        {
            stdout.WriteLine(string.Create(inv, $"  total: doccheck {ours:0} ms"));
        }
        else
        {
            var median = ratios.Order().ElementAt(ratios.Count / 2);
            stdout.WriteLine(string.Create(inv,
                $"  total: doccheck {ours:0} ms, pdftotext -layout {theirs:0} ms, ratio {ours / theirs:0.00}× (median per document {median:0.00}×, worst {ratios.Max():0.00}×)"));
        }
        return ExitCodes.Clean;
    }

    private static double Median(int iterations, Action action)
    {
        var timings = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return timings[timings.Count / 2];
    }

    private static void RunPdftotext(string pdftotext, string path)
    {
        var start = new ProcessStartInfo(pdftotext) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);
}
