using DocCheck.Core.Findings;
using DocCheck.Rules;

namespace DocCheck.Cli.Commands;

/// <summary><c>doccheck rules</c>: the rule catalog as this build implements it.</summary>
internal static class RulesCommand
{
    public static int Run(TextWriter stdout)
    {
        foreach (var rule in BuiltInRules.All)
        {
            var d = rule.Descriptor;
            stdout.WriteLine($"{d.Id,-34} {d.DefaultSeverity.ToId(),-8} {d.Title}");
        }

        return ExitCodes.Clean;
    }
}
