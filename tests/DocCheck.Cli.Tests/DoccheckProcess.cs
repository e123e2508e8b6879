using System.Diagnostics;

namespace DocCheck.Cli.Tests;

/// <summary>The real doccheck program in a process of its own, as a user runs it (so scan and check are supervised).</summary>
internal static class DoccheckProcess
{
    /// <summary>Runs <c>doccheck &lt;args&gt;</c> to its end (at most three minutes) with extra environment variables.</summary>
    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunProgram("dotnet", environment, [Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), .. args]);

    /// <summary>Runs any program to its end (at most three minutes), its output captured.</summary>
    public static CliRun RunProgram(string program, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("doccheck did not finish in 3 minutes");
        }

        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
