using System.Net.Http.Json;
using System.Text.Json;
using DocCheck.CheckHost;

namespace DocCheck.Web.Tests;

/// <summary>A file that hangs or crashes the parser fails alone; the worker and the next checks carry on.</summary>
public sealed class ContainmentTests
{
    [Theory]
    [InlineData("hang", "时间上限")]
    [InlineData("crash", "异常退出")]
    [InlineData("memory", "内存")]
    public async Task HostileFile_FailsAlone_AndTheNextReportIsChecked(string fault, string reason)
    {
        await using var app = new DocCheckWebApp(hostEnvironment: new Dictionary<string, string> { [TestFaults.EnvironmentVariable] = "1" }, checkTimeLimitSeconds: 20);
        var client = app.ApiClient();
        var store = (DocCheck.Jobs.Storage.IReportStore)app.Services.GetService(typeof(DocCheck.Jobs.Storage.IReportStore))!;
        var files = (DocCheck.Jobs.Storage.FileStore)app.Services.GetService(typeof(DocCheck.Jobs.Storage.FileStore))!;
        var jobs = (Hangfire.IBackgroundJobClient)app.Services.GetService(typeof(Hangfire.IBackgroundJobClient))!;

        // The fault file is no Word or PDF, so it goes into the store behind the upload's back, as a hostile report would.
        var content = System.Text.Encoding.ASCII.GetBytes("DOCCHECK-FAULT:" + fault);
        var sha = await files.SaveAsync(content);
        var hostile = await store.AddReportAsync(new(sha, fault + ".pdf", "pdf", content.Length, "test"), DocCheck.Pipeline.EngineInfo.Version);
        Hangfire.BackgroundJobClientExtensions.Enqueue<DocCheck.Jobs.CheckReportJob>(jobs, j => j.RunAsync(hostile, CancellationToken.None));

        var good = (await DocCheckWebApp.UploadAsync(client, DocCheckWebApp.Corpus("docx/r01-school-renovation-2022.docx")))
            .GetProperty("files")[0].GetProperty("reportId").GetInt64();

        var failed = await DocCheckWebApp.WaitUntilFinishedAsync(client, hostile, 120);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains(reason, failed.GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Equal("done", (await DocCheckWebApp.WaitUntilFinishedAsync(client, good)).GetProperty("status").GetString());

        // And the pool still checks after the failure.
        var after = (await DocCheckWebApp.UploadAsync(client, DocCheckWebApp.Corpus("docx/r02-farmland-subsidy-selfeval-2023.docx")))
            .GetProperty("files")[0].GetProperty("reportId").GetInt64();
        Assert.Equal("done", (await DocCheckWebApp.WaitUntilFinishedAsync(client, after)).GetProperty("status").GetString());
    }
}
