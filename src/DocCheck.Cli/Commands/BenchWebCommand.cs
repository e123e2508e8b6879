using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using DocCheck.Cli.Bench;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench-web &lt;file|folder&gt; [--uploads 20] [--rounds 3] [--web DocCheck.Web.dll]</c>: starts the web
/// app as its own process with the embedded default on a temporary data folder, then, per round, uploads N reports
/// at once through the REST API (each a byte-different copy, so none is served from the result cache) and times
/// each from the start of its upload to its finished note downloaded. Prints median / p95 / max latency and the
/// peak memory of the server process and of its check processes. A benchmark, not a test.
/// With <c>--postgres</c> the web app checks nothing and <c>--worker-processes</c> workers do; with <c>--backlog N</c>
/// as well, N copies are queued first (one zip batch) and the workers, started only then, are timed draining the
/// queue — the workers' throughput alone, without uploads competing for the same cores.
/// </summary>
internal static class BenchWebCommand
{
    private const string ApiKeyHeader = "X-Api-Key";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--uploads", "--rounds", "--web", "--workers", "--postgres", "--worker-processes", "--backlog" }, new HashSet<string>());
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("bench-web 需要一个报告文件或目录");
        }

        var files = ReportFiles(arguments.Positional[0]);
        var uploads = PositiveInt(arguments.Option("--uploads") ?? "20", "--uploads");
        var rounds = PositiveInt(arguments.Option("--rounds") ?? "3", "--rounds");
        var webAssembly = arguments.Option("--web") ?? FindWebAssembly();
        var workers = arguments.Option("--workers");
        var scaleOut = arguments.Option("--postgres") is { } postgres
            ? new ScaleOut(postgres, PositiveInt(arguments.Option("--worker-processes") ?? "1", "--worker-processes"))
            : null;
        if (arguments.Option("--backlog") is { } backlog)
        {
            return scaleOut is null
                ? throw new UsageException("--backlog 需要 --postgres（嵌入式默认配置没有独立的检查进程）")
                : DrainAsync(files, PositiveInt(backlog, "--backlog"), webAssembly, workers, scaleOut, stdout, stderr).GetAwaiter().GetResult();
        }

        return RunAsync(files, uploads, rounds, webAssembly, workers, scaleOut, stdout, stderr).GetAwaiter().GetResult();
    }

    /// <summary>Queues <paramref name="backlog"/> copies as one batch, then starts the workers and times them draining it.</summary>
    private static async Task<int> DrainAsync(List<string> files, int backlog, string webAssembly, string? workers, ScaleOut scaleOut, TextWriter stdout, TextWriter stderr)
    {
        var data = Directory.CreateTempSubdirectory("doccheck-bench-web-").FullName;
        var apiKey = "bench-" + Guid.NewGuid().ToString("N");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        using var server = StartServer(webAssembly, address, data, apiKey, workers, scaleOut);
        var workerProcesses = new List<Process>();
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
            await WaitForHealthAsync(http, server).ConfigureAwait(false);
            var originals = files.Select(File.ReadAllBytes).ToList();
            var zip = BacklogZip(files, originals, backlog);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-web: 排队 {backlog} 份（{zip.Length / 1048576.0:0.0} MB 的压缩包）……"));
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(zip), "files", "backlog.zip");
            using var response = await http.PostAsync(new Uri("/api/reports", UriKind.Relative), form).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var file = JsonDocument.Parse(body).RootElement.GetProperty("files")[0];
            if (!file.TryGetProperty("batchId", out var batchElement) || batchElement.ValueKind != JsonValueKind.Number)
            {
                throw new InvalidOperationException($"压缩包未被接受（{(int)response.StatusCode}）：{body}");
            }

            var batchId = batchElement.GetInt64();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-web: 启动 {scaleOut.WorkerProcesses} 个检查进程，计时……"));
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < scaleOut.WorkerProcesses; i++)
            {
                workerProcesses.Add(StartWorker(scaleOut.ConnectionString, Path.Combine(data, $"worker-{i}"), workers));
            }

            double? firstDone = null;
            int done, failed;
            while (true)
            {
                using var batch = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/batches/{batchId}", UriKind.Relative)).ConfigureAwait(false));
                done = batch.RootElement.GetProperty("done").GetInt32();
                failed = batch.RootElement.GetProperty("failed").GetInt32();
                if (done + failed > 0)
                {
                    firstDone ??= wall.Elapsed.TotalSeconds;
                }

                if (batch.RootElement.GetProperty("finished").GetBoolean())
                {
                    break;
                }

                if (workerProcesses.FirstOrDefault(w => w.HasExited) is { } exited)
                {
                    throw new InvalidOperationException($"检查进程退出（退出码 {exited.ExitCode}）");
                }

                await Task.Delay(200).ConfigureAwait(false);
            }

            wall.Stop();
            var inv = CultureInfo.InvariantCulture;
            var seconds = wall.Elapsed.TotalSeconds;
            stdout.WriteLine(string.Create(inv, $"DocCheck bench-web: backlog of {backlog} copies of {files.Count} report(s), PostgreSQL, {scaleOut.WorkerProcesses} worker process(es), checks at once per process {workers ?? "default"}"));
            stdout.WriteLine(string.Create(inv, $"  drained        {done} done, {failed} failed in {seconds:0.0} s (first result {firstDone:0.0} s after the workers started)"));
            stdout.WriteLine(string.Create(inv, $"  throughput     {backlog / seconds:0.0} reports/s, process start included; {(backlog - 1) / Math.Max(0.001, seconds - firstDone!.Value):0.0} reports/s after the first result"));
            stdout.WriteLine(string.Create(inv, $"  worker processes peak {workerProcesses.Sum(w => MemoryWatch.PeakMegabytesOf(w.Id)):0} MB together (VmHWM, without their check processes)"));
            return failed == 0 ? ExitCodes.Clean : ExitCodes.Unreadable;
        }
        finally
        {
            workerProcesses.ForEach(StopServer);
            StopServer(server);
            TryDelete(data);
        }
    }

    private static byte[] BacklogZip(List<string> names, List<byte[]> originals, int count)
    {
        using var buffer = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                // Stored, not deflated: the copies are zip or PDF files already, and the web app should not spend the time.
                using var entry = archive.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"backlog-{i:0000}{Path.GetExtension(names[i % names.Count]).ToLowerInvariant()}"), System.IO.Compression.CompressionLevel.NoCompression).Open();
                entry.Write(UniqueCopies.Make(originals[i % originals.Count], i));
            }
        }

        return buffer.ToArray();
    }

    private static async Task<int> RunAsync(List<string> files, int uploads, int rounds, string webAssembly, string? workers, ScaleOut? scaleOut, TextWriter stdout, TextWriter stderr)
    {
        var data = Directory.CreateTempSubdirectory("doccheck-bench-web-").FullName;
        var apiKey = "bench-" + Guid.NewGuid().ToString("N");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        using var server = StartServer(webAssembly, address, data, apiKey, workers, scaleOut);
        var memory = new MemoryWatch(server.Id);
        var workerProcesses = new List<Process>();
        try
        {
            if (scaleOut is not null)
            {
                for (var i = 0; i < scaleOut.WorkerProcesses; i++)
                {
                    workerProcesses.Add(StartWorker(scaleOut.ConnectionString, Path.Combine(data, $"worker-{i}"), workers));
                }
            }

            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
            await WaitForHealthAsync(http, server).ConfigureAwait(false);
            var originals = files.Select(File.ReadAllBytes).ToList();
            var copyNumber = 0;

            // Warm-up: start the check processes and JIT the server's paths before anything is timed.
            stderr.WriteLine("bench-web: 预热……");
            await RoundAsync(http, originals, Math.Min(uploads, 4), () => copyNumber++).ConfigureAwait(false);
            var idleMegabytes = memory.CurrentServerMegabytes();

            var latencies = new List<double>();
            var wall = Stopwatch.StartNew();
            for (var round = 1; round <= rounds; round++)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-web: 第 {round}/{rounds} 轮，同时上传 {uploads} 份……"));
                latencies.AddRange(await RoundAsync(http, originals, uploads, () => copyNumber++).ConfigureAwait(false));
            }

            wall.Stop();
            latencies.Sort();
            var inv = CultureInfo.InvariantCulture;
            var setup = scaleOut is null ? "embedded default" : $"PostgreSQL, {scaleOut.WorkerProcesses} worker process(es)";
            stdout.WriteLine(string.Create(inv, $"DocCheck bench-web: {rounds} rounds × {uploads} concurrent uploads of {files.Count} report(s), {setup}, checks at once per process {workers ?? "default"}"));
            foreach (var file in files)
            {
                stdout.WriteLine(string.Create(inv, $"  input          {Path.GetFileName(file)} ({new FileInfo(file).Length / 1024.0:0} KB)"));
            }

            stdout.WriteLine(string.Create(inv, $"  upload → note  median {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies[^1]:0} ms"));
            stdout.WriteLine(string.Create(inv, $"  throughput     {latencies.Count / wall.Elapsed.TotalSeconds:0.0} reports/s"));
            stdout.WriteLine(string.Create(inv, $"  server memory  {idleMegabytes:0} MB after warm-up, peak {memory.PeakServerMegabytes():0} MB (VmHWM)"));
            stdout.WriteLine(scaleOut is null
                ? string.Create(inv, $"  check processes peak {memory.PeakChildrenMegabytes:0} MB together (sampled)")
                : string.Create(inv, $"  worker processes peak {workerProcesses.Sum(w => MemoryWatch.PeakMegabytesOf(w.Id)):0} MB together (VmHWM, without their check processes)"));
            return ExitCodes.Clean;
        }
        finally
        {
            memory.Dispose();
            workerProcesses.ForEach(StopServer);
            StopServer(server);
            TryDelete(data);
        }
    }

    /// <summary>Uploads <paramref name="count"/> copies at once; each latency runs from its upload to its note.</summary>
    private static async Task<IReadOnlyList<double>> RoundAsync(HttpClient http, List<byte[]> originals, int count, Func<int> nextCopy)
    {
        var copies = Enumerable.Range(0, count)
            .Select(i => (Name: $"bench-{i}.bin", Bytes: UniqueCopies.Make(originals[i % originals.Count], nextCopy())))
            .ToList();
        var tasks = copies.Select(copy => Task.Run(() => UploadAndWaitAsync(http, copy.Name, copy.Bytes))).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private static async Task<double> UploadAndWaitAsync(HttpClient http, string name, byte[] bytes)
    {
        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "files", name);
        using var response = await http.PostAsync(new Uri("/api/reports", UriKind.Relative), form).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"上传被拒绝（{(int)response.StatusCode}）：{body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("files")[0].GetProperty("reportId").GetInt64();
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/reports/{id}", UriKind.Relative)).ConfigureAwait(false));
            var state = status.RootElement.GetProperty("status").GetString();
            if (state == "failed")
            {
                throw new InvalidOperationException($"报告 {id} 未能检查：{status.RootElement.GetProperty("failure")}");
            }

            if (state == "done")
            {
                break;
            }

            await Task.Delay(25).ConfigureAwait(false);
        }

        var note = await http.GetByteArrayAsync(new Uri($"/api/reports/{id}/note.json", UriKind.Relative)).ConfigureAwait(false);
        watch.Stop();
        return note.Length > 0 ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"报告 {id} 的审核意见为空");
    }

    private static Process StartWorker(string connectionString, string data, string? workers)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), "worker", "--postgres", connectionString, "--data", data })
        {
            start.ArgumentList.Add(argument);
        }

        if (workers is not null)
        {
            start.ArgumentList.Add("--workers");
            start.ArgumentList.Add(workers);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Drained(Process.Start(start) ?? throw new InvalidOperationException("无法启动检查进程"));
    }

    private static Process Drained(Process process)
    {
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Process StartServer(string webAssembly, Uri address, string data, string apiKey, string? workers, ScaleOut? scaleOut)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(webAssembly)!,
        };
        start.ArgumentList.Add(webAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["DOCCHECK_DATA"] = data;
        start.Environment["DocCheck__Admin__ApiKey"] = apiKey;
        start.Environment["DocCheck__Admin__Password"] = apiKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (workers is not null)
        {
            start.Environment["DocCheck__Workers"] = workers;
        }

        if (scaleOut is not null)
        {
            start.Environment["DocCheck__PostgreSql"] = scaleOut.ConnectionString;
            start.Environment["DocCheck__RunChecks"] = "false";
        }

        return Drained(Process.Start(start) ?? throw new InvalidOperationException("无法启动 Web 应用进程"));
    }

    private sealed record ScaleOut(string ConnectionString, int WorkerProcesses);

    private static async Task WaitForHealthAsync(HttpClient http, Process server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"Web 应用进程启动后退出（退出码 {server.ExitCode}）");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException("Web 应用 60 秒内未就绪");
    }

    private static void StopServer(Process server)
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }
    }

    private static List<string> ReportFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException($"找不到 {path}");
        }

        var files = Directory.GetFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new UsageException($"{path} 中没有 .docx 或 .pdf 文件");
    }

    /// <summary>The built web app next to this checkout (Release preferred), found by walking up to <c>src/</c>.</summary>
    private static string FindWebAssembly()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "src", "DocCheck.Web");
            if (!Directory.Exists(project))
            {
                continue;
            }

            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var candidate = Path.Combine(project, "bin", configuration, "net10.0", "DocCheck.Web.dll");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new UsageException("找不到已构建的 Web 应用；请先运行 dotnet build -c Release src/DocCheck.Web，或用 --web 指定 DocCheck.Web.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int PositiveInt(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{option} 需要正整数");

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
