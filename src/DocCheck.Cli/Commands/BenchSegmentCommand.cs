using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DocCheck.Core.Documents;
using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Ingest.Docx;
using DocCheck.Language;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench-segment [file|folder …] [--megabytes N] [--iterations N]</c>: our segmenter against Python jieba
/// (<c>/usr/bin/python3</c>, Debian's python3-jieba) on the same lines in the same run, default mode, jieba's data only.
/// Text: .txt files and the paragraphs and cells of .docx files (default: corpus/sources and ../shared/seeds), repeated
/// up to the size asked for. Throughput is warm (after a warm-up pass), median of the passes; Python is timed inside
/// Python, import and jieba.initialize() measured apart. Also prints how many distinct lines both cut identically.
/// A benchmark, not a test: figures go in notes.
/// </summary>
internal static class BenchSegmentCommand
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, json, time, tempfile
        t0 = time.perf_counter()
        import jieba
        t1 = time.perf_counter()
        jieba.setLogLevel(60)
        jieba.dt.tmp_dir = tempfile.mkdtemp()
        jieba.initialize()
        t2 = time.perf_counter()
        again = jieba.Tokenizer()
        again.tmp_dir = jieba.dt.tmp_dir
        again.initialize()
        t3 = time.perf_counter()
        unique = json.load(open(sys.argv[1], encoding='utf-8'))
        repeat, iterations = int(sys.argv[2]), int(sys.argv[3])
        lines = unique * repeat
        cuts = [jieba.lcut(l) for l in unique]
        passes = []
        for _ in range(iterations):
            s = time.perf_counter()
            for l in lines:
                jieba.lcut(l)
            passes.append(time.perf_counter() - s)
        json.dump({'import': t1 - t0, 'initialize': t2 - t1, 'cached': t3 - t2, 'passes': passes, 'cuts': cuts},
                  open(sys.argv[4], 'w', encoding='utf-8'), ensure_ascii=False)
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--megabytes", "--iterations" }, new HashSet<string>());
        var megabytes = double.Parse(arguments.Option("--megabytes") ?? "2", CultureInfo.InvariantCulture);
        var iterations = int.Parse(arguments.Option("--iterations") ?? "3", CultureInfo.InvariantCulture);
        var inputs = arguments.Positional.Count > 0
            ? arguments.Positional
            : new[] { Path.Combine("corpus", "sources"), Path.Combine("..", "shared", "seeds") }.Where(Directory.Exists).ToList();
        var files = inputs.SelectMany(Files).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new UsageException("bench-segment 需要 .txt 或 .docx 文件（或含有它们的目录）");
        }

        var unique = files.SelectMany(LinesOf).ToList();
        var uniqueBytes = unique.Sum(l => (long)Encoding.UTF8.GetByteCount(l));
        if (uniqueBytes == 0)
        {
            throw new UsageException("文件中没有文字");
        }

        var repeat = (int)Math.Max(1, Math.Ceiling(megabytes * 1_000_000 / uniqueBytes));
        var totalBytes = uniqueBytes * repeat;

        var firstLoad = Stopwatch.StartNew();
        if (!JiebaSegmenter.TryLoad(JiebaOptions.JiebaOnly, out var segmenter, out var problem))
        {
            stderr.WriteLine(problem);
            return ExitCodes.Unavailable;
        }

        var firstLoadMs = firstLoad.Elapsed.TotalMilliseconds;
        var againMs = Enumerable.Range(0, 3).Select(_ => JiebaSegmenter.Load(JiebaOptions.JiebaOnly).LoadTime.TotalMilliseconds).Min();
        var withDomainMs = Enumerable.Range(0, 3).Select(_ => JiebaSegmenter.Load(JiebaOptions.Default).LoadTime.TotalMilliseconds).Min();

        var tokens = new List<string>();
        void Pass(int times)
        {
            for (var r = 0; r < times; r++)
            {
                foreach (var line in unique)
                {
                    tokens.Clear();
                    segmenter.Cut(line, SegmentMode.Default, tokens);
                }
            }
        }

        Pass(1);
        var ours = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            Pass(repeat);
            ours.Add(watch.Elapsed.TotalSeconds);
        }

        var oursSeconds = Median(ours);
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv,
            $"DocCheck bench-segment: {totalBytes / 1e6:0.00} MB UTF-8 ({uniqueBytes / 1e3:0} KB × {repeat}), {files.Count} files, {unique.Count} lines; default mode, jieba's data only"));
        stdout.WriteLine(string.Create(inv,
            $"  load         ours {firstLoadMs:0} ms first in this process; best of 3 more: {againMs:0} ms, with the domain dictionary {withDomainMs:0} ms"));
        var oursRate = totalBytes / 1e6 / oursSeconds;

        var python = RunPython(unique, repeat, iterations, stderr);
        if (python is null)
        {
            stdout.WriteLine(string.Create(inv, $"  throughput   ours {oursRate:0.0} MB/s (median of {iterations} warm passes); python jieba not run"));
            return ExitCodes.Clean;
        }

        var (import, initialize, cached, passes, cuts) = python.Value;
        var pythonRate = totalBytes / 1e6 / Median(passes);
        stdout.WriteLine(string.Create(inv,
            $"  python load  jieba.initialize() {initialize * 1000:0} ms from dict.txt, {cached * 1000:0} ms from its cache (import jieba {import * 1000:0} ms)"));
        stdout.WriteLine(string.Create(inv,
            $"  throughput   ours {oursRate:0.0} MB/s, python {pythonRate:0.00} MB/s → {oursRate / pythonRate:0.0}× (median of {iterations} warm passes each)"));
        var identical = unique.Where((line, i) => segmenter.Cut(line).SequenceEqual(cuts[i])).Count();
        stdout.WriteLine(string.Create(inv,
            $"  parity       {identical} / {unique.Count} lines cut identically ({100.0 * identical / unique.Count:0.000} %)"));
        return ExitCodes.Clean;
    }

    private static IEnumerable<string> Files(string input)
    {
        if (File.Exists(input))
        {
            return [input];
        }

        if (!Directory.Exists(input))
        {
            throw new UsageException($"{input} 不存在");
        }

        return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> LinesOf(string path)
    {
        if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllText(path).Split('\n');
        }

        try
        {
            var document = DocxReader.Instance.Read(DocumentSource.FromFile(path));
            return document.Blocks.SelectMany(b => b switch
            {
                ParagraphBlock p => [p.Text.Original],
                TableBlock t => t.Cells.Select(c => c.Text.Original),
                _ => Enumerable.Empty<string>(),
            });
        }
        catch (UnreadableDocumentException)
        {
            return [];
        }
    }

    private static (double Import, double Initialize, double Cached, List<double> Passes, List<List<string>> Cuts)? RunPython(
        List<string> unique, int repeat, int iterations, TextWriter stderr)
    {
        if (!File.Exists(Python))
        {
            stderr.WriteLine($"未找到 {Python}，只报告本实现的速度。");
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("doccheck-bench-segment-").FullName;
        try
        {
            var input = Path.Combine(folder, "lines.json");
            var output = Path.Combine(folder, "result.json");
            File.WriteAllText(input, JsonSerializer.Serialize(unique));
            var start = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-c", Script, input, repeat.ToString(CultureInfo.InvariantCulture), iterations.ToString(CultureInfo.InvariantCulture), output })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                stderr.WriteLine("python jieba 未能运行（需要 Debian 软件包 python3-jieba）：" + error.Trim().Split('\n')[^1]);
                return null;
            }

            using var result = JsonDocument.Parse(File.ReadAllText(output));
            var root = result.RootElement;
            return (
                root.GetProperty("import").GetDouble(),
                root.GetProperty("initialize").GetDouble(),
                root.GetProperty("cached").GetDouble(),
                [.. root.GetProperty("passes").EnumerateArray().Select(p => p.GetDouble())],
                [.. root.GetProperty("cuts").EnumerateArray().Select(c => c.EnumerateArray().Select(t => t.GetString()!).ToList())]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
