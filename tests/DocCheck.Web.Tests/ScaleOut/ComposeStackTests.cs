using System.ComponentModel;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using DocCheck.Jobs;
using DocCheck.Jobs.Storage;
using DocCheck.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DocCheck.Web.Tests.ScaleOut;

/// <summary>
/// <c>docker-compose.yml</c> without a container engine (these machines have none): its settings are checked against
/// the options DocCheck reads, and its web and worker services are run as compose would run them — the same
/// environment, the same entry points, two workers as with <c>--scale worker=2</c> — on a real PostgreSQL.
/// </summary>
public sealed class ComposeStackTests(PostgreSqlServer postgres) : IClassFixture<PostgreSqlServer>
{
    // Set by the image (Dockerfile ENV) or read by ASP.NET Core itself, not by DocCheckOptions.
    private static readonly HashSet<string> HostSettings = [DocCheckOptions.DataEnvironmentVariable, "ASPNETCORE_URLS"];

    private readonly ComposeFile _compose = ComposeFile.Load();

    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    [InlineData("web-embedded")]
    public void EverySetting_OfAService_IsAnOptionDocCheckReads_WithAValueOfItsType(string service)
    {
        foreach (var (name, value) in _compose.Environment(service))
        {
            if (HostSettings.Contains(name))
            {
                continue;
            }

            var path = name.Split("__");
            Assert.True(path.Length >= 2 && path[0] == DocCheckOptions.Section, $"{service}: {name} 不是 DocCheck 的设置");
            var type = typeof(DocCheckOptions);
            foreach (var part in path[1..])
            {
                var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                Assert.True(property is not null, $"{service}: {name} 中的 {part} 不是 {type.Name} 的设置");
                type = property.PropertyType;
                if (part == path[^1])
                {
                    Assert.True(property.CanWrite, $"{service}: {name} 只读");
                }
            }

            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (value.Length > 0 && target != typeof(string))
            {
                Assert.NotNull(TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value));
            }
        }
    }

    [Fact]
    public void WebAndWorkers_ShareThePostgresService_AndRunWhatTheImageHolds()
    {
        var database = _compose.Environment("postgres");
        foreach (var service in new[] { "web", "worker" })
        {
            var connection = new NpgsqlConnectionStringBuilder(_compose.Environment(service)["DocCheck__PostgreSql"]);
            Assert.Contains(connection.Host, _compose.ServiceNames);
            Assert.Equal(
                (database["POSTGRES_DB"], database["POSTGRES_USER"], database["POSTGRES_PASSWORD"]),
                (connection.Database, connection.Username, connection.Password));
            Assert.Contains("postgres", _compose.DependsOn(service));
        }

        Assert.Equal("false", _compose.Environment("web")["DocCheck__RunChecks"]);
        Assert.Equal(["dotnet", "doccheck.dll", "worker"], _compose.Entrypoint("worker"));

        // The image publishes both hosts into one folder: the web app is its entry point, the worker's is the CLI.
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        Assert.Contains("dotnet publish src/DocCheck.Web -c Release -o /app", dockerfile, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/DocCheck.Cli -c Release -o /app", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"DocCheck.Web.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "doccheck.dll")), "the CLI's assembly is not named doccheck.dll");
    }

    [Fact]
    public async Task WebAndTwoWorkers_WithTheComposeSettings_CheckAZipBatch()
    {
        var local = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync("compose"));
        string OnThisMachine(string composeValue)
        {
            // The service name and the compose database become this test's server; the rest stays as compose has it.
            var connection = new NpgsqlConnectionStringBuilder(composeValue) { Host = local.Host, Port = local.Port, Database = local.Database, Username = local.Username };
            return connection.ConnectionString;
        }

        var webSettings = _compose.Environment("web")
            .Where(e => !HostSettings.Contains(e.Key))
            .ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => e.Key == "DocCheck__PostgreSql" ? OnThisMachine(e.Value) : e.Value);
        await using var web = new DocCheckWebApp(runChecks: false, settings: webSettings);
        var api = web.ApiClient();
        Assert.True((await api.GetAsync("/health")).IsSuccessStatusCode);

        var entrypoint = _compose.Entrypoint("worker")!;
        Assert.Equal("dotnet", entrypoint[0]);
        var workers = Enumerable.Range(1, 2).Select(n =>
        {
            var environment = _compose.Environment("worker").ToDictionary(
                e => e.Key,
                e => e.Key switch
                {
                    "DocCheck__PostgreSql" => OnThisMachine(e.Value),
                    DocCheckOptions.DataEnvironmentVariable => Path.Combine(web.DataDirectory, $"worker-{n}"),
                    _ => e.Value,
                });
            return WorkerProcess.Start(entrypoint.Skip(1).ToList(), environment);
        }).ToList();
        try
        {
            // Both workers are Hangfire servers on the shared queue before anything is uploaded (the web app is not one);
            // each worker runs two: the checks queue and the large-report lane.
            var database = web.Services.GetRequiredService<IDatabase>();
            await WaitAsync(async () => Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM hangfire.server", CancellationToken.None), CultureInfo.InvariantCulture) == 4,
                60, () => string.Join("\n---\n", workers.Select(w => w.Output())));

            var entries = Directory.GetFiles(DocCheckWebApp.Corpus("docx"), "*.docx").Order(StringComparer.Ordinal).Take(4)
                .Concat(Directory.GetFiles(DocCheckWebApp.Corpus("pdf/libreoffice"), "*.pdf").Order(StringComparer.Ordinal).Take(2))
                .ToList();
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Zip(entries)), "files", "2024年度.zip" } };
            var upload = JsonSerializer.Deserialize<JsonElement>(await (await api.PostAsync("/api/reports", form)).Content.ReadAsStringAsync());
            var batchId = upload.GetProperty("files")[0].GetProperty("batchId").GetInt64();

            JsonElement batch = default;
            await WaitAsync(async () => (batch = await api.GetFromJsonAsync<JsonElement>($"/api/batches/{batchId}")).GetProperty("finished").GetBoolean(),
                180, () => batch.ToString() + "\n" + string.Join("\n---\n", workers.Select(w => w.Output())));
            Assert.Equal((entries.Count, entries.Count, 0), (batch.GetProperty("total").GetInt32(), batch.GetProperty("done").GetInt32(), batch.GetProperty("failed").GetInt32()));

            // Both workers checked: the queue was shared, each report checked once.
            var checks = workers.Select(w => w.Lines.Count(l => l.Contains("Checking report ", StringComparison.Ordinal))).ToList();
            Assert.All(checks, c => Assert.True(c > 0, "a worker checked nothing: " + string.Join(", ", checks)));
            Assert.Equal(entries.Count, checks.Sum());
            Assert.True((await api.GetAsync($"/api/batches/{batchId}/summary.xlsx")).IsSuccessStatusCode);
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    private static byte[] Zip(IEnumerable<string> paths)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in paths)
            {
                using var entry = archive.CreateEntry("某县/" + Path.GetFileName(path)).Open();
                entry.Write(File.ReadAllBytes(path));
            }
        }

        return buffer.ToArray();
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, int seconds, Func<string> failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{seconds} 秒后仍未满足：{failure()}");
            }

            await Task.Delay(250);
        }
    }
}
