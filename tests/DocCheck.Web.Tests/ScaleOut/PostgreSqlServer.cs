using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DocCheck.Web.Tests.ScaleOut;

/// <summary>
/// A real PostgreSQL 15 for the scale-out tests: <c>initdb</c> into a temporary folder and <c>pg_ctl start</c> on a free
/// loopback port, stopped and deleted at the end. The server refuses to run as root, so under root (CI) it runs as
/// the <c>postgres</c> user through <c>runuser</c>.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string User = "doccheck";
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-pg-").FullName;
    private int _port;

    private string DataFolder => Path.Combine(_folder, "data");

    public async ValueTask InitializeAsync()
    {
        // The server's own user must be able to enter the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        }

        _port = FreePort();
        Run("initdb", "-D", DataFolder, "-U", User, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        Run("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o",
            string.Create(CultureInfo.InvariantCulture, $"-p {_port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c max_connections=200"),
            "start");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
    }

    /// <summary>A connection string for a database of this server.</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={_port};Username={User};Database={database};Maximum Pool Size=40");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Run("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes anyway.
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static void Run(string tool, params string[] arguments)
    {
        tool = Locate(tool);
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", tool })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"没有 {tool}：这些测试需要 PostgreSQL 15（initdb、pg_ctl、postgres 在 PATH 上）。", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} 退出码 {process.ExitCode}：{error} {output.Result}");
            }
        }
    }

    /// <summary>On PATH, or where Debian's postgresql package keeps its server tools.</summary>
    private static string Locate(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Select(v => Path.Combine(v, "bin", tool)).LastOrDefault(File.Exists)
            : null;
        return onPath ?? debian ?? tool;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
