namespace DocCheck.Jobs;

/// <summary>
/// The settings of the web app and the workers (configuration section <c>DocCheck</c>; environment variables
/// <c>DocCheck__MaxUploadMegabytes</c> and so on). <see cref="DataDirectory"/> is also read from <c>DOCCHECK_DATA</c>.
/// </summary>
public sealed class DocCheckOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DocCheck";

    /// <summary>The environment variable that overrides <see cref="DataDirectory"/>.</summary>
    public const string DataEnvironmentVariable = "DOCCHECK_DATA";

    /// <summary>Where the database, the uploaded files and the rendered views live. One folder, easy to back up.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory();

    /// <summary>The largest file accepted, in MB.</summary>
    public int MaxUploadMegabytes { get; set; } = 50;

    /// <summary>The largest upload request (many files at once), in MB.</summary>
    public int MaxRequestMegabytes { get; set; } = 500;

    /// <summary>Checks run at once in this process; the work is CPU-bound, so about the number of cores.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Whether this process runs checks (a web process in front of separate workers sets false).</summary>
    public bool RunChecks { get; set; } = true;

    /// <summary>A check taking longer than this is stopped and its report failed.</summary>
    public int CheckTimeLimitSeconds { get; set; } = 120;

    /// <summary>
    /// A report weighing more than this many MB (a Word file's body unzipped, a PDF's file size; see
    /// <see cref="ReportWeight"/>) is checked in the large-report lane: its own queue with <see cref="LargeWorkers"/>
    /// workers and <see cref="LargeTimeLimitFactor"/> times the time limit, so huge uploads never hold the workers every
    /// other report waits for. Default 4 MB, about 20,000 paragraphs of body or a PDF of a few hundred pages.
    /// </summary>
    public double LargeReportMegabytes { get; set; } = 4;

    /// <summary>Checks of large reports run at once in this process (default 1), besides <see cref="Workers"/>.</summary>
    public int LargeWorkers { get; set; } = 1;

    /// <summary>How many times <see cref="CheckTimeLimitSeconds"/> a large report may take (default 4).</summary>
    public int LargeTimeLimitFactor { get; set; } = 4;

    /// <summary>The managed heap limit of a check process, in MB; a file needing more fails alone.</summary>
    public int CheckMemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>
    /// Scale-out: an Npgsql connection string. When set, jobs (Hangfire.PostgreSql), reports, results, verdicts, users
    /// and the uploaded files live in that PostgreSQL database, shared by the web app and any number of
    /// <c>doccheck worker</c> processes; the data directory is then only a local cache. Empty: the embedded default.
    /// </summary>
    public string? PostgreSql { get; set; }

    /// <summary>
    /// Scale-out: how long a job fetched by a worker that stopped answering stays invisible before another worker gets
    /// it. The fetch is kept alive while the worker runs, so this only delays recovery from a killed worker.
    /// </summary>
    public int JobInvisibilitySeconds { get; set; } = 300;

    /// <summary>
    /// Scale-out: a report recorded this many seconds ago that still has no job — its web process died between
    /// recording it and queuing it — is queued by the next sweep. Every process sweeps when it starts and then at this
    /// interval. Uploads in flight on other web processes are younger than this, so they are left to their own process.
    /// </summary>
    public int RequeueAfterSeconds { get; set; } = 120;

    /// <summary>Whether the scale-out database is configured.</summary>
    public bool UsesPostgreSql => !string.IsNullOrWhiteSpace(PostgreSql);

    /// <summary>The first administrator, created on first start when no user exists.</summary>
    public AdminOptions Admin { get; set; } = new();

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    private static string DefaultDataDirectory() =>
        Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "doccheck");
}

/// <summary>The first administrator account.</summary>
public sealed class AdminOptions
{
    /// <summary>Its user name.</summary>
    public string UserName { get; set; } = "admin";

    /// <summary>Its password; when empty, a one-time password is generated and printed once.</summary>
    public string? Password { get; set; }

    /// <summary>An API key with the admin role created on first start (for scripted set-ups); none when empty.</summary>
    public string? ApiKey { get; set; }
}
