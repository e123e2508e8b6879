using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace DocCheck.Web.Tests;

/// <summary>What a newcomer sees at start: where the app listens and keeps its data, and why a password setting did nothing.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_SaysWhereItListens_AndWhereItsDataIs()
    {
        var logs = new RecordedLogs();
        await using var app = new DocCheckWebApp(runChecks: false, logs: logs);
        var address = app.StartOnKestrel();

        Assert.Contains(logs.Messages, m => m.StartsWith("DocCheck 正在启动", StringComparison.Ordinal) && m.Contains(app.DataDirectory, StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("DocCheck 已就绪，请在浏览器中打开 " + address.ToString().TrimEnd('/'), StringComparison.Ordinal)
            && m.Contains(app.DataDirectory, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminPasswordSetting_OnExistingData_ChangesNothing_AndSaysHowToReset()
    {
        var data = Directory.CreateTempSubdirectory("doccheck-web-").FullName;
        await using (var first = new DocCheckWebApp(data, runChecks: false))
        {
            await PageClient.SignedInAsync(first, "admin", DocCheckWebApp.AdminPassword);
        }

        var logs = new RecordedLogs();
        var settings = new Dictionary<string, string> { ["DocCheck:Admin:Password"] = "another-password-2" };
        await using var again = new DocCheckWebApp(data, runChecks: false, settings: settings, logs: logs);

        Assert.Equal(HttpStatusCode.OK, (await PageClient.Of(again).SignInAsync("admin", "another-password-2")).StatusCode); // refused: the form again
        await PageClient.SignedInAsync(again, "admin", DocCheckWebApp.AdminPassword);
        var warning = Assert.Single(logs.Messages, m => m.Contains("DocCheck__Admin__Password", StringComparison.Ordinal));
        Assert.Contains("现已忽略", warning, StringComparison.Ordinal);
        Assert.Contains("doccheck admin reset-password admin", warning, StringComparison.Ordinal);
    }

    private sealed class RecordedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyList<string> Messages => [.. _messages];

        public ILogger CreateLogger(string categoryName) => new Recorder(_messages);

        public void Dispose()
        {
        }

        private sealed class Recorder(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
