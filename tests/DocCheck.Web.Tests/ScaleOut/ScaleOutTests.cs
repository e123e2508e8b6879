using System.IO.Compression;
using System.Text;
using DocCheck.CheckHost;
using DocCheck.Ingest;
using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using DocCheck.Pipeline;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DocCheck.Web.Tests.ScaleOut;

/// <summary>
/// The web app and two <c>doccheck worker</c> processes on one real PostgreSQL: reports uploaded to the web app are
/// checked by the workers; a worker killed with SIGKILL in the middle of a check loses nothing — its job goes to the
/// other worker, and every report ends with exactly one result, the same as a check without interruption.
/// </summary>
public sealed class ScaleOutTests(PostgreSqlServer postgres) : IClassFixture<PostgreSqlServer>
{
    private const int Uploads = 8;

    [Fact]
    public async Task Stores_OnPostgreSql_KeepReportsResultsJudgementsAndUsers()
    {
        var connectionString = await postgres.CreateDatabaseAsync("stores");
        await using var database = new PostgreSqlDatabase(connectionString);
        var store = new SqlReportStore(database);
        await store.InitializeAsync();
        await store.InitializeAsync(); // a second start finds the schema in place

        var id = await store.AddReportAsync(new NewReport(new string('a', 64), "报告.docx", "docx", 123, "审核员甲"), "e1");
        await store.MarkRunningAsync(id);
        await store.SaveResultAsync(new StoredResult(new string('a', 64), "e1", "warnings", 0, 2, 1, 0, [1, 2, 3], DateTimeOffset.UtcNow));
        await store.SaveResultAsync(new StoredResult(new string('a', 64), "e1", "errors", 9, 9, 9, 0, [9], DateTimeOffset.UtcNow));
        await store.MarkDoneAsync(id, "e1");
        await store.SaveJudgementAsync(new FindingJudgement(id, 0, "rate.mismatch", JudgementDecision.Confirmed, null, "质检员乙", DateTimeOffset.UtcNow));
        await store.SaveJudgementAsync(new FindingJudgement(id, 0, "rate.mismatch", JudgementDecision.Dismissed, "口径一致", "质检员乙", DateTimeOffset.UtcNow));

        var report = await store.GetReportAsync(id);
        Assert.Equal((ReportStatus.Done, 1, "报告.docx"), (report!.Status, report.Attempts, report.FileName));
        var result = await store.GetResultAsync(new string('a', 64), "e1");
        Assert.Equal("warnings", result!.Verdict); // the first save is kept
        Assert.Equal([1, 2, 3], result.NoteJson);
        var judgement = Assert.Single(await store.GetJudgementsAsync(id));
        Assert.Equal((JudgementDecision.Dismissed, "口径一致"), (judgement.Decision, judgement.Comment));
        Assert.Empty(await store.UnfinishedReportIdsAsync());
        Assert.Equal(new ResultCounts("warnings", 0, 2, 1), Assert.Single(await store.ListReportsWithCountsAsync(0, 10)).Counts);

        var accounts = new AccountStore(database);
        await accounts.InitializeAsync();
        await accounts.SaveUserAsync("Reviewer1", "password-1", [Roles.Reviewer], mustChangePassword: false);
        Assert.Equal([Roles.Reviewer], (await accounts.FindUserAsync("REVIEWER1"))!.Roles);
        var key = await accounts.CreateApiKeyAsync("预算系统", [Roles.Reviewer], "admin");
        Assert.Equal("预算系统", (await accounts.FindApiKeyAsync(key))!.Name);
    }

    [Fact]
    public async Task WebInstances_OfOneDeployment_ShareTheKeyRing_SoACookieWorksOnEach()
    {
        // Two web instances of one deployment: the same database, each its own local data folder (as in docker-compose).
        var settings = new Dictionary<string, string> { ["DocCheck:PostgreSql"] = await postgres.CreateDatabaseAsync("sessions") };
        string cookie;
        await using (var first = new DocCheckWebApp(runChecks: false, settings: settings))
        {
            var signIn = await PageClient.Of(first).SignInAsync("admin", DocCheckWebApp.AdminPassword);
            cookie = PageClient.SetCookie(signIn, PageClient.AuthCookie)!;
        }

        await using var second = new DocCheckWebApp(runChecks: false, settings: settings);
        var client = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{PageClient.AuthCookie}={cookie}");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        // The keys are in the shared database, not in a folder of this machine: instances on other machines read them too.
        var keys = await second.Services.GetRequiredService<IDatabase>().ScalarAsync("SELECT COUNT(*) FROM data_protection_keys", CancellationToken.None);
        Assert.True(Convert.ToInt64(keys, System.Globalization.CultureInfo.InvariantCulture) >= 1);

        // …and a sign-out on one ends the session on every instance.
        await second.Services.GetRequiredService<AccountStore>().RenewSecurityStampAsync("admin");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Claims_OnPostgreSql_HoldOneReportAtATime_WhateverTheSizeOfItsId()
    {
        await using var database = new PostgreSqlDatabase(await postgres.CreateDatabaseAsync("claims"));
        var claims = new PostgreSqlCheckClaims(database);
        foreach (var reportId in new[] { 7L, 5_000_000_000L })
        {
            var first = await claims.TryClaimAsync(reportId);
            Assert.NotNull(first);
            Assert.Null(await claims.TryClaimAsync(reportId)); // another connection, as another worker would have
            await using (var other = await claims.TryClaimAsync(reportId + 1))
            {
                Assert.NotNull(other);
            }

            await first.DisposeAsync();
            await using var again = await claims.TryClaimAsync(reportId);
            Assert.NotNull(again);
        }
    }

    [Fact]
    public async Task TwoWorkers_OneKilledMidCheck_EveryReportGetsExactlyOneResult()
    {
        var connectionString = await postgres.CreateDatabaseAsync("scaleout");
        var settings = new Dictionary<string, string> { ["DocCheck:PostgreSql"] = connectionString };
        await using var web = new DocCheckWebApp(runChecks: false, settings: settings);
        var api = web.ApiClient();
        Assert.True((await api.GetAsync("/health")).IsSuccessStatusCode); // the web app is up and the schema in place

        var workerEnvironment = new Dictionary<string, string>
        {
            [TestFaults.EnvironmentVariable] = "1",
            ["DocCheck__JobInvisibilitySeconds"] = "6",
            ["DocCheck__CheckTimeLimitSeconds"] = "60",
        };
        using var first = WorkerProcess.Start(connectionString, Path.Combine(web.DataDirectory, "worker-1"), workerEnvironment);
        using var second = WorkerProcess.Start(connectionString, Path.Combine(web.DataDirectory, "worker-2"), workerEnvironment);

        // One report is slow on purpose (it waits before its check), so that a kill lands while it is being checked.
        var corpus = Directory.GetFiles(DocCheckWebApp.Corpus("docx"), "*.docx").Order(StringComparer.Ordinal).ToList();
        var submitted = new Dictionary<long, (string Name, byte[] Checked)>();
        var slowReport = Encoding.ASCII.GetBytes("DOCCHECK-FAULT:slow\n").Concat(await File.ReadAllBytesAsync(corpus[0])).ToArray();
        var files = web.Services.GetRequiredService<FileStore>();
        var store = web.Services.GetRequiredService<IReportStore>();
        var slowId = await store.AddReportAsync(new NewReport(await files.SaveAsync(slowReport), "slow.docx", "docx", slowReport.Length, "test"), EngineInfo.Version);
        web.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<CheckReportJob>(job => job.RunAsync(slowId, CancellationToken.None));
        submitted[slowId] = ("slow.docx", slowReport[20..]);

        for (var i = 0; i < Uploads; i++)
        {
            var name = $"copy-{i}.docx";
            var bytes = WithZipComment(await File.ReadAllBytesAsync(corpus[(i + 1) % corpus.Count]), name);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "files", name } };
            var reply = await (await api.PostAsync("/api/reports", form)).Content.ReadAsStringAsync();
            var id = System.Text.Json.JsonDocument.Parse(reply).RootElement.GetProperty("files")[0].GetProperty("reportId").GetInt64();
            submitted[id] = (name, bytes);
        }

        // Kill whichever worker took the slow report, while it is checking it.
        var marker = $"Checking report {slowId} in process ";
        WorkerProcess? victim = null;
        await WaitAsync(() => (victim = new[] { first, second }.FirstOrDefault(w => w.Lines.Any(l => l.Contains(marker, StringComparison.Ordinal)))) is not null, 90,
            () => "没有检查进程领取慢报告：\n" + first.Output() + "\n---\n" + second.Output());
        victim!.KillHard();
        var survivor = victim == first ? second : first;

        await WaitAsync(
            () => submitted.Keys.All(id => store.GetReportAsync(id).Result?.Status == ReportStatus.Done),
            120,
            () => "并非所有报告都已完成：" + string.Join(", ", submitted.Keys.Select(id => $"{id}:{store.GetReportAsync(id).Result?.Status}")) + "\n" + survivor.Output());

        Assert.False(survivor.HasExited);
        Assert.Contains(survivor.Lines, l => l.Contains(marker, StringComparison.Ordinal)); // the survivor took the slow one over
        Assert.Equal(2, (await store.GetReportAsync(slowId))!.Attempts);

        var database = web.Services.GetRequiredService<IDatabase>();
        Assert.Equal(submitted.Count, Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM results", CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (id, (name, bytes)) in submitted)
        {
            var report = (await store.GetReportAsync(id))!;
            var stored = (await store.GetResultAsync(report.Sha256, EngineInfo.Version))!;
            using var uninterrupted = new MemoryStream();
            DocChecker.WriteNote(DocChecker.Default.Check(new DocumentSource(name, bytes)), "json", uninterrupted);
            Assert.Equal(Encoding.UTF8.GetString(uninterrupted.ToArray()), Encoding.UTF8.GetString(stored.NoteJson));
        }

        // The web app serves the workers' views from the shared database, though it never checked anything itself.
        var page = await api.GetAsync($"/api/reports/{slowId}/note.md");
        Assert.True(page.IsSuccessStatusCode);
        Assert.NotNull(await web.Services.GetRequiredService<Views.DocumentViews>().DocumentHtmlAsync(
            (await store.GetResultAsync((await store.GetReportAsync(slowId))!.Sha256, EngineInfo.Version))!, []));
    }

    [Fact]
    public async Task ReportRecordedButNeverQueued_IsQueuedByAWorkersSweep_AndNothingIsQueuedTwice()
    {
        var connectionString = await postgres.CreateDatabaseAsync("unqueued");
        var settings = new Dictionary<string, string> { ["DocCheck:PostgreSql"] = connectionString };
        await using var web = new DocCheckWebApp(runChecks: false, settings: settings);
        var api = web.ApiClient();
        var corpus = Directory.GetFiles(DocCheckWebApp.Corpus("docx"), "*.docx").Order(StringComparer.Ordinal).ToList();

        // One report uploaded as usual, one recorded the way a web process does just before it dies: no job queued.
        var upload = await DocCheckWebApp.UploadAsync(api, corpus[1]);
        var uploaded = upload.GetProperty("files")[0].GetProperty("reportId").GetInt64();
        var files = web.Services.GetRequiredService<FileStore>();
        var store = web.Services.GetRequiredService<IReportStore>();
        var orphanBytes = await File.ReadAllBytesAsync(corpus[2]);
        var orphan = await store.AddReportAsync(new NewReport(await files.SaveAsync(orphanBytes), "orphan.docx", "docx", orphanBytes.Length, "test"), EngineInfo.Version);

        // The worker starts before the orphan is old enough for its first sweep; a later sweep queues it.
        using var worker = WorkerProcess.Start(connectionString, Path.Combine(web.DataDirectory, "worker"), new Dictionary<string, string>
        {
            ["DocCheck__RequeueAfterSeconds"] = "3",
        });
        await WaitAsync(
            () => new[] { uploaded, orphan }.All(id => store.GetReportAsync(id).Result?.Status == ReportStatus.Done),
            90,
            () => $"报告未全部完成：{store.GetReportAsync(uploaded).Result?.Status}, {store.GetReportAsync(orphan).Result?.Status}\n" + worker.Output());

        Assert.Contains(worker.Lines, l => l.Contains("accepted but never queued", StringComparison.Ordinal) && l.Contains(orphan.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var database = web.Services.GetRequiredService<IDatabase>();
        Assert.Equal(2L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM hangfire.job", CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync("SELECT COUNT(*) FROM reports WHERE job_id IS NULL OR job_id = 'sweep'", CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] WithZipComment(byte[] docx, string comment)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.Comment = comment;
        }

        return buffer.ToArray();
    }

    private static async Task WaitAsync(Func<bool> condition, int seconds, Func<string> failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{seconds} 秒后仍未满足：{failure()}");
            }

            await Task.Delay(200);
        }
    }
}
