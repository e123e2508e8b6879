using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Rules;

namespace DocCheck.Cli.Commands;

/// <summary><c>doccheck check &lt;file&gt; [--format md|json|docx] [--out &lt;path&gt;] [--settings &lt;path&gt;]</c>.</summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--format", "--out", "--settings" }, new HashSet<string>());
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("check 需要且只需要一个文件参数");
        }

        var path = arguments.Positional[0];
        if (File.Exists(path) && CheckSupervisor.ShouldSupervise(stdout, stderr))
        {
            // Before anything loads the engine: the child does all the work, options included, and says what is wrong.
            return CheckSupervisor.Run(args, path, stderr);
        }

        var format = (arguments.Option("--format") ?? "md").ToLowerInvariant();
        if (!DocChecker.Writers.ContainsKey(format))
        {
            throw new UsageException($"--format 应为 md、json 或 docx，而不是 {format}");
        }

        var settings = arguments.Option("--settings") is { } settingsPath ? LoadSettings(settingsPath) : CheckSettings.Default;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}: 文件不存在");
            return ExitCodes.Unreadable;
        }

        CheckResult result;
        try
        {
            result = CreateChecker(settings).Check(DocumentSource.FromFile(path));
        }
        catch (UnreadableDocumentException ex)
        {
            stderr.WriteLine($"{Path.GetFileName(path)}: 无法读取：{ex.Message}");
            return ExitCodes.Unreadable;
        }

        var output = arguments.Option("--out");
        if (output is null && format == "docx")
        {
            output = Path.ChangeExtension(path, null) + ".审核意见.docx";
        }

        if (output is null)
        {
            using var buffer = new MemoryStream();
            DocChecker.WriteNote(result, format, buffer);
            stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            stdout.Flush();
        }
        else
        {
            using (var file = File.Create(output))
            {
                DocChecker.WriteNote(result, format, file);
            }

            stderr.WriteLine($"审核意见已写入 {output}（{result.Run.Findings.Count} 项发现）");
        }

        return result.HasErrors ? ExitCodes.Errors : ExitCodes.Clean;
    }

    /// <summary>The engine, with the supervisor tests' deliberate faults when a check child's environment asks for them.</summary>
    private static DocChecker CreateChecker(CheckSettings settings) => ChildTestFaults.FromEnvironment() is { } faults
        ? faults.Wrap(new CheckPipelineBuilder().UseDefaults().UseSettings(settings))
        : DocChecker.Create(settings);

    private static CheckSettings LoadSettings(string path)
    {
        try
        {
            return SettingsFile.Load(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
