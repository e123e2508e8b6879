using DocCheck.Jobs.Isolation;
using DocCheck.Jobs.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocCheck.Jobs;

/// <summary>Registers the jobs, the store and the check processes.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The embedded default: Hangfire with in-memory job storage, SQLite for everything that must outlive a restart,
    /// files on disk by content hash, checks in child processes; a Hangfire server with one worker per core unless
    /// <see cref="DocCheckOptions.RunChecks"/> is off. With <see cref="DocCheckOptions.PostgreSql"/> set, jobs, store
    /// and files move to that shared database instead.
    /// </summary>
    public static IServiceCollection AddDocCheckJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DocCheckOptions>()
            .Bind(configuration.GetSection(DocCheckOptions.Section))
            .PostConfigure(o =>
            {
                if (configuration[DocCheckOptions.DataEnvironmentVariable] is { Length: > 0 } data)
                {
                    o.DataDirectory = data;
                }

                o.DataDirectory = Path.GetFullPath(o.DataDirectory);
            });

        // One setting picks the storage: the embedded default, or PostgreSQL shared with workers on other machines.
        var scaleOut = configuration.GetSection(DocCheckOptions.Section).GetValue<string?>(nameof(DocCheckOptions.PostgreSql)) is { Length: > 0 };
        if (scaleOut)
        {
            services.AddSingleton(sp => new PostgreSqlDatabase(Options(sp).PostgreSql!));
            services.AddSingleton<IDatabase>(sp => sp.GetRequiredService<PostgreSqlDatabase>());
            services.AddSingleton<SharedFiles>();
            services.AddSingleton<ICheckClaims, PostgreSqlCheckClaims>();
            services.AddSingleton(sp => new FileStore(Options(sp).DataDirectory, sp.GetRequiredService<SharedFiles>()));
        }
        else
        {
            services.AddSingleton(sp => new SqliteDatabase(Options(sp).DataDirectory));
            services.AddSingleton<IDatabase>(sp => sp.GetRequiredService<SqliteDatabase>());
            services.AddSingleton<ICheckClaims, InProcessCheckClaims>();
            services.AddSingleton(sp => new FileStore(Options(sp).DataDirectory));
        }

        services.AddSingleton<IReportStore, SqlReportStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = Options(sp);
            return new CheckHostPool(
                new CheckHostOptions
                {
                    MaxProcesses = Math.Max(1, options.Workers) + Math.Max(0, options.LargeWorkers),
                    TimeLimit = TimeSpan.FromSeconds(options.CheckTimeLimitSeconds),
                    MemoryLimitMegabytes = options.CheckMemoryLimitMegabytes,
                    Environment = sp.GetService<CheckHostEnvironment>()?.Variables ?? new Dictionary<string, string>(),
                },
                sp.GetRequiredService<ILogger<CheckHostPool>>());
        });
        services.AddSingleton<ReportIntake>();
        services.AddSingleton<ReviewNotes>();
        services.AddSingleton<BatchSummaries>();
        services.AddTransient<CheckReportJob>();

        services.AddHangfire((sp, hangfire) =>
        {
            hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseFilter(new ReportJobFailureFilter(sp.GetRequiredService<IReportStore>()));
            var options = Options(sp);
            if (options.UsesPostgreSql)
            {
                // Many servers fetch with FOR UPDATE SKIP LOCKED. The sliding timeout keeps a running job's fetch alive,
                // so the invisibility timeout only decides how soon a killed worker's job goes to another.
                hangfire.UsePostgreSqlStorage(
                    bootstrap => bootstrap.UseNpgsqlConnection(options.PostgreSql),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = TimeSpan.FromMilliseconds(250),
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromSeconds(Math.Max(5, options.JobInvisibilitySeconds)),
                    });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });

        // Before the Hangfire server, so the schema exists and the lost queue is rebuilt before the first job runs.
        services.AddHostedService<QueueRecovery>();
        if (configuration.GetSection(DocCheckOptions.Section).GetValue(nameof(DocCheckOptions.RunChecks), true))
        {
            services.AddHangfireServer((sp, server) =>
            {
                server.WorkerCount = Math.Max(1, Options(sp).Workers);
                server.Queues = [CheckReportJob.Queue, "default"];
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });

            // The large-report lane: a server of its own, so its workers take nothing else and others never take it.
            if (configuration.GetSection(DocCheckOptions.Section).GetValue(nameof(DocCheckOptions.LargeWorkers), 1) > 0)
            {
                services.AddHangfireServer((sp, server) =>
                {
                    server.ServerName = "large-reports:" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    server.WorkerCount = Options(sp).LargeWorkers;
                    server.Queues = [CheckReportJob.LargeQueue];
                    server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                });
            }
        }

        return services;
    }

    private static DocCheckOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DocCheckOptions>>().Value;
}

/// <summary>Extra environment variables for check processes (registered by tests to switch on deliberate faults).</summary>
/// <param name="Variables">Name → value.</param>
public sealed record CheckHostEnvironment(IReadOnlyDictionary<string, string> Variables);
