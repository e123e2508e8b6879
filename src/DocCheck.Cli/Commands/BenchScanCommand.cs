using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocCheck.Bulk;
using DocCheck.Pipeline;
using DocCheck.Review.Summary;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench-scan &lt;folder&gt; [--jobs N] [--copies N]</c>: the bulk scan's throughput (reports/s) and peak
/// memory over a folder, as <c>scan</c> runs it (cold process, state file, both summaries); then per core, the
/// scan of its .docx alone against python-docx opening the same files and reading paragraph and table text (one
/// <c>python3</c> process, start-up included), and of its .pdf alone against <c>pdftotext -layout</c> (a process per
/// file, as it is used). With <c>--copies N</c> the folder's reports are first copied N times into a temporary folder,
/// each copy made unique (a zip comment for Word, a comment line after <c>%%EOF</c> for PDF) so that the content hash
/// does not fold them into one; the copies are deleted afterwards. A benchmark: figures go in the README.
/// </summary>
internal static class BenchScanCommand
{
    private const string PythonDocxScript = """
        import sys, docx
        n = 0
        for path in sys.stdin.read().splitlines():
            d = docx.Document(path)
            text = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    for cell in row.cells:
                        text.append(cell.text)
            n += 1
        print(n)
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--jobs", "--copies" }, new HashSet<string>());
        if (arguments.Positional.Count != 1 || !Directory.Exists(arguments.Positional[0]))
        {
            throw new UsageException("bench-scan 需要一个存在的目录");
        }

        var jobs = int.Parse(arguments.Option("--jobs") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var copies = int.Parse(arguments.Option("--copies") ?? "0", CultureInfo.InvariantCulture);
        var folder = arguments.Positional[0];
        string? temporary = null;
        try
        {
            if (copies > 0)
            {
                temporary = Directory.CreateTempSubdirectory("doccheck-bench-scan-").FullName;
                MakeUniqueCopies(folder, temporary, copies);
                folder = temporary;
            }

            Measure(folder, jobs, stdout);
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }

        return ExitCodes.Clean;
    }

    private static void Measure(string folder, int jobs, TextWriter stdout)
    {
        var inv = CultureInfo.InvariantCulture;
        var state = Path.Combine(Path.GetTempPath(), $"doccheck-bench-{Environment.ProcessId}.sqlite");
        BulkScanResult full;
        double summaries;
        using (var input = ScanInput.Open(folder))
        {
            var docx = input.Entries.Count(e => e.Path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase));
            stdout.WriteLine(string.Create(inv,
                $"DocCheck {EngineInfo.Version} bench-scan: {input.Entries.Count} files ({docx} .docx, {input.Entries.Count - docx} .pdf, {input.Entries.Sum(e => e.Size) / 1048576.0:0.0} MB), {Environment.ProcessorCount} cores"));
            using (var store = ScanState.Open(state))
            {
                full = new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = jobs }).Scan(input, store);
            }

            var watch = Stopwatch.StartNew();
            using (var sink = new MemoryStream())
            {
                XlsxSummaryWriter.Instance.Write(full.Summary, sink);
                HtmlSummaryWriter.Instance.Write(full.Summary, sink);
            }

            summaries = watch.Elapsed.TotalSeconds;
        }

        foreach (var file in new[] { state, state + "-wal", state + "-shm" })
        {
            File.Delete(file);
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var count = full.Summary.Reports.Length;
        stdout.WriteLine(string.Create(inv,
            $"  scan, {jobs} jobs, cold, state file: {count} files in {full.Elapsed.TotalSeconds:0.0} s = {count / full.Elapsed.TotalSeconds:0.0} reports/s ({full.CheckedNow} checked, {full.Reused} identical, {full.Summary.NotChecked.Count()} not checked)"));
        stdout.WriteLine(string.Create(inv, $"  summaries (xlsx + html): {summaries:0.00} s"));
        stdout.WriteLine(string.Create(inv, $"  peak working set: {peak / 1048576.0:0} MB"));

        stdout.WriteLine("  one core, warm:");
        var docxScan = TimeScan(folder, ".docx");
        var pdfScan = TimeScan(folder, ".pdf");
        var docxFiles = Files(folder, ".docx");
        var pdfFiles = Files(folder, ".pdf");
        Line(stdout, "doccheck scan .docx", docxScan.Count, docxScan.Seconds);
        Line(stdout, "python-docx (1 process)", docxFiles.Count, TimePythonDocx(docxFiles));
        Line(stdout, "doccheck scan .pdf", pdfScan.Count, pdfScan.Seconds);
        Line(stdout, "pdftotext -layout", pdfFiles.Count, TimePdftotext(pdfFiles));
    }

    private static void Line(TextWriter stdout, string what, int files, double? seconds) => stdout.WriteLine(seconds is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"    {what,-26} {files,5} files {s,7:0.00} s  {files / s,7:0.0} files/s")
        : $"    {what,-26} 未运行（工具未安装）");

    private static (int Count, double Seconds) TimeScan(string folder, string extension)
    {
        using var input = ScanInput.OpenFolder(folder, e => e.Path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        var result = new BulkScanner(DocChecker.Default, new BulkScanOptions { Jobs = 1 }).Scan(input, state: null);
        return (input.Entries.Count, result.Elapsed.TotalSeconds);
    }

    private static List<string> Files(string folder, string extension)
    {
        using var input = ScanInput.OpenFolder(folder, e => e.Path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        return [.. input.Entries.Select(e => Path.GetFullPath(Path.Combine(folder, e.Path)))];
    }

    private static double? TimePythonDocx(List<string> files)
    {
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            var watch = Stopwatch.StartNew();
            var (code, output) = RunProcess(python, ["-c", PythonDocxScript], string.Join('\n', files));
            if (code == 0 && output.Trim() == files.Count.ToString(CultureInfo.InvariantCulture))
            {
                return watch.Elapsed.TotalSeconds;
            }
        }

        return null;
    }

    private static double? TimePdftotext(List<string> files)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            if (RunProcess("pdftotext", ["-layout", file, "-"], null).Code is not 0)
            {
                return null;
            }
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static (int? Code, string Output) RunProcess(string tool, string[] args, string? input)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, string.Empty);
            }

            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, string.Empty);
        }
    }

    /// <summary>Copies every report under <paramref name="source"/> <paramref name="copies"/> times, each copy's bytes unique.</summary>
    internal static void MakeUniqueCopies(string source, string target, int copies)
    {
        using var input = ScanInput.Open(source);
        for (var i = 0; i < copies; i++)
        {
            var folder = Path.Combine(target, string.Create(CultureInfo.InvariantCulture, $"copy-{i:000}"));
            foreach (var entry in input.Entries)
            {
                var to = Path.Combine(folder, entry.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!); // A path under a folder always has a directory.
                File.Copy(Path.Combine(source, entry.Path), to);
                MakeUnique(to, string.Create(CultureInfo.InvariantCulture, $"doccheck-bench-copy-{i}"));
            }
        }
    }

    /// <summary>
    /// Changes a file's bytes without changing what it says: a Word file (a zip) gets an archive comment, which the
    /// package ignores; a PDF gets a comment line after its last <c>%%EOF</c>, which readers skip.
    /// </summary>
    internal static void MakeUnique(string path, string mark)
    {
        var head = new byte[5];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(head);
        }

        if (head.AsSpan().StartsWith("%PDF-"u8))
        {
            File.AppendAllText(path, $"\n%{mark}\n", Encoding.ASCII);
            return;
        }

        using var archive = ZipFile.Open(path, ZipArchiveMode.Update);
        archive.Comment = mark;
    }
}
