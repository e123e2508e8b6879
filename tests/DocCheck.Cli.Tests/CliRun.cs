namespace DocCheck.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr, () => new StringReader(input));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
