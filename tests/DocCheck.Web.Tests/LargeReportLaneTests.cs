using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocCheck.CheckHost;
using DocCheck.Jobs;
using DocCheck.Jobs.Storage;
using Hangfire;

namespace DocCheck.Web.Tests;

/// <summary>Huge reports are checked in a lane of their own: they never hold the workers every other report waits for.</summary>
public sealed class LargeReportLaneTests
{
    [Fact]
    public async Task TwoHugeReportsThatNeverFinish_DoNotDelayAnOrdinaryReport()
    {
        // Lane limit 42 KB: the two 100 KB reports below are large, the ordinary one (a 24 KB body) is not. Both
        // large ones hang; with two ordinary workers they would hold both of them for the whole time limit.
        await using var app = new DocCheckWebApp(
            hostEnvironment: new Dictionary<string, string> { [TestFaults.EnvironmentVariable] = "1" },
            checkTimeLimitSeconds: 10,
            settings: new Dictionary<string, string>
            {
                ["DocCheck:LargeReportMegabytes"] = "0.04",
                ["DocCheck:LargeWorkers"] = "1",
                ["DocCheck:LargeTimeLimitFactor"] = "2",
            });
        var client = app.ApiClient();
        var store = (IReportStore)app.Services.GetService(typeof(IReportStore))!;
        var files = (FileStore)app.Services.GetService(typeof(FileStore))!;
        var jobs = (IBackgroundJobClient)app.Services.GetService(typeof(IBackgroundJobClient))!;
        var huge = new List<long>();
        foreach (var name in new[] { "huge-1.pdf", "huge-2.pdf" })
        {
            var content = Encoding.ASCII.GetBytes("DOCCHECK-FAULT:hang" + new string(' ', 100_000) + name);
            var id = await store.AddReportAsync(new(await files.SaveAsync(content), name, "pdf", content.Length, "test"), DocCheck.Pipeline.EngineInfo.Version);
            jobs.Enqueue<CheckReportJob>(j => j.RunAsync(id, CancellationToken.None));
            huge.Add(id);
        }

        var ordinary = (await DocCheckWebApp.UploadAsync(client, DocCheckWebApp.Corpus("docx/r02-farmland-subsidy-selfeval-2023.docx")))
            .GetProperty("files")[0].GetProperty("reportId").GetInt64();

        Assert.Equal("done", (await DocCheckWebApp.WaitUntilFinishedAsync(client, ordinary, 60)).GetProperty("status").GetString());
        foreach (var id in huge)
        {
            var status = (await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}")).GetProperty("status").GetString();
            Assert.True(status is "queued" or "running", $"huge report {id} is {status}, expected still waiting in its lane");
        }

        // The first huge report ends at the lane's longer limit (2 × 10 s), with the reason.
        var first = await DocCheckWebApp.WaitUntilFinishedAsync(client, huge[0], 90);
        Assert.Equal("failed", first.GetProperty("status").GetString());
        Assert.Contains("20 秒", first.GetProperty("failure").GetString(), StringComparison.Ordinal);
    }
}
