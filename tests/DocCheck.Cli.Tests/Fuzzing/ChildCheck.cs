using DocCheck.Cli.Fuzzing;

namespace DocCheck.Cli.Tests.Fuzzing;

/// <summary>Checks one file in a fresh check process, as the fuzzer does.</summary>
internal static class ChildCheck
{
    public static FuzzOutcome Of(byte[] content, string extension, FuzzLimits? limits = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Directory.CreateTempSubdirectory("doccheck-child-").FullName;
        try
        {
            var file = Path.Combine(folder, "input" + extension);
            File.WriteAllBytes(file, content);
            using var host = FuzzHost.Start(limits ?? FuzzLimits.Default, environment);
            return host.Check(file, "input" + extension, Path.Combine(folder, "out"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
