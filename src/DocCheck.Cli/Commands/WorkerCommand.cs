using System.Globalization;
using DocCheck.Jobs;
using DocCheck.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck worker [--postgres &lt;connection string&gt;] [--workers N] [--data &lt;folder&gt;]</c>: a check worker
/// for a scaled-out installation. It takes report jobs from the shared PostgreSQL queue until stopped (Ctrl+C,
/// SIGTERM); start as many as the machines allow. Settings are those of the web app (<c>DocCheck__*</c>
/// environment variables); the options override them.
/// </summary>
internal static class WorkerCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--postgres", "--workers", "--data" }, new HashSet<string>());
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("worker 不接受位置参数");
        }

        var builder = Host.CreateApplicationBuilder();
        var overrides = new Dictionary<string, string?>();
        AddOverride(overrides, arguments.Option("--postgres"), nameof(DocCheckOptions.PostgreSql));
        AddOverride(overrides, arguments.Option("--workers"), nameof(DocCheckOptions.Workers));
        AddOverride(overrides, arguments.Option("--data"), nameof(DocCheckOptions.DataDirectory));
        builder.Configuration.AddInMemoryCollection(overrides);
        var section = builder.Configuration.GetSection(DocCheckOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(DocCheckOptions.PostgreSql)]))
        {
            // In-memory jobs live in one process: a separate worker only makes sense on the shared queue.
            throw new UsageException("worker 需要共享的 PostgreSQL 数据库：用 --postgres 或环境变量 DocCheck__PostgreSql 给出连接字符串");
        }

        if (section[nameof(DocCheckOptions.Workers)] is { } workers
            && (!int.TryParse(workers, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1))
        {
            throw new UsageException("--workers 需要正整数");
        }

        builder.Services.AddDocCheckJobs(builder.Configuration);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        using var host = builder.Build();
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocCheckOptions>>().Value;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DocCheck 检查进程（引擎 {EngineInfo.Version}）：{options.Workers} 个并行检查，本地缓存 {options.DataDirectory}；按 Ctrl+C 停止。"));
        stdout.Flush();
        host.Run();
        return ExitCodes.Clean;
    }

    private static void AddOverride(Dictionary<string, string?> overrides, string? value, string name)
    {
        if (value is not null)
        {
            overrides[DocCheckOptions.Section + ":" + name] = value;
        }
    }
}
