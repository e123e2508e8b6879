using System.Net.Http.Json;
using System.Text.Json;
using DocCheck.Jobs;
using DocCheck.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocCheck.Web.Tests;

/// <summary>The web app in-process on a data directory of its own, signed in through a bootstrap API key.</summary>
public sealed class DocCheckWebApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-admin-key-0123456789";
    public const string AdminPassword = "admin-password-1";

    private readonly bool _runChecks;
    private readonly IReadOnlyDictionary<string, string> _hostEnvironment;
    private readonly int _checkTimeLimitSeconds;
    private bool _onKestrel;

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string? _environment;
    private readonly ILoggerProvider? _logs;

    public DocCheckWebApp(
        string? dataDirectory = null,
        bool runChecks = true,
        IReadOnlyDictionary<string, string>? hostEnvironment = null,
        int checkTimeLimitSeconds = 60,
        IReadOnlyDictionary<string, string>? settings = null,
        string? environment = null,
        ILoggerProvider? logs = null)
    {
        _environment = environment;
        _logs = logs;
        _settings = settings ?? new Dictionary<string, string>();
        _checkTimeLimitSeconds = checkTimeLimitSeconds;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("doccheck-web-").FullName;
        _runChecks = runChecks;
        _hostEnvironment = hostEnvironment ?? new Dictionary<string, string>();
    }

    public string DataDirectory { get; }

    /// <summary>
    /// Starts the app on a real Kestrel listener on a free loopback port (for a browser, which cannot reach the
    /// in-memory test server) and returns its address.
    /// </summary>
    public Uri StartOnKestrel()
    {
        _onKestrel = true;
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.First());
    }

    public static string Corpus(string relative) => Path.Combine(RepoPaths.Root, "corpus", relative);

    public HttpClient ApiClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public static async Task<JsonElement> UploadAsync(HttpClient client, params string[] paths)
    {
        using var form = new MultipartFormDataContent();
        foreach (var path in paths)
        {
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", Path.GetFileName(path));
        }

        var response = await client.PostAsync("/api/reports", form);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonSerializer.Deserialize<JsonElement>(body);
        return json.TryGetProperty("files", out _) ? json : throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {body}");
    }

    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, long id, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
            var status = report.GetProperty("status").GetString();
            if (status is "done" or "failed")
            {
                return report;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Report {id} still {status} after {seconds} s.");
            }

            await Task.Delay(200);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DocCheckOptions.DataEnvironmentVariable, DataDirectory);
        if (_environment is not null)
        {
            builder.UseEnvironment(_environment); // the factory's default is Development
        }

        if (_onKestrel)
        {
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        }

        builder.UseSetting("DocCheck:Admin:Password", AdminPassword);
        builder.UseSetting("DocCheck:Admin:ApiKey", ApiKey);
        builder.UseSetting("DocCheck:RunChecks", _runChecks ? "true" : "false");
        builder.UseSetting("DocCheck:Workers", "2");
        builder.UseSetting("DocCheck:CheckTimeLimitSeconds", _checkTimeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DocCheck:CheckMemoryLimitMegabytes", "256");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton(new CheckHostEnvironment(_hostEnvironment)));
        if (_logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }

        if (Environment.GetEnvironmentVariable("DOCCHECK_TEST_LOG") is { Length: > 0 } log)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new FileLoggerProvider(log)));
        }
    }
}

/// <summary>Writes the app's log to a file when DOCCHECK_TEST_LOG names one (for diagnosing a failing test).</summary>
internal sealed class FileLoggerProvider(string path) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new FileLogger(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class FileLogger(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Gate)
            {
                File.AppendAllText(path, $"{logLevel} {category}: {formatter(state, exception)} {exception}\n");
            }
        }
    }
}
