using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DocCheck.Jobs.Isolation;

/// <summary>
/// How a check process is started: on this program's runtime, with the heap limit and runtime settings of
/// <see cref="CheckHostOptions"/>. Shared by the job workers' pool and by <c>doccheck fuzz</c>, so that a fuzzed file
/// meets the limits it would meet in the web app.
/// </summary>
public static class CheckHostLaunch
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The host assembly the options name, by default <c>DocCheck.CheckHost.dll</c> beside this assembly.</summary>
    public static string HostAssembly(CheckHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.HostAssemblyPath ?? Path.Combine(AppContext.BaseDirectory, "DocCheck.CheckHost.dll");
    }

    /// <summary>The start information of a check process: pipes redirected, limits in its environment.</summary>
    public static ProcessStartInfo StartInfo(CheckHostOptions options)
    {
        var hostAssembly = HostAssembly(options);
        if (!File.Exists(hostAssembly))
        {
            throw new FileNotFoundException("The check host assembly is missing; build DocCheck.CheckHost.", hostAssembly);
        }

        var start = new ProcessStartInfo(DotnetMuxer())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add(hostAssembly);

        // The heap limit turns a file that needs unbounded memory into an OutOfMemoryException in the child.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (options.MemoryLimitMegabytes * 1024L * 1024L).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>The <c>dotnet</c> executable of the runtime this process runs on, so the child runs on the same one.</summary>
    private static string DotnetMuxer()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } current && Path.GetFileName(current) == name)
        {
            return current;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var candidate = Path.Combine(root, name);
        return File.Exists(candidate) ? candidate : name;
    }
}
