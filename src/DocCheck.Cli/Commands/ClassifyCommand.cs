using System.Globalization;
using DocCheck.Classifiers;
using DocCheck.Extract.Indicators;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck classify [--models folder] [file]</c>: one <c>name\ttarget</c> per line in (standard input without a
/// file); per line out: group, its probability, 量化/模糊 and its probability.
/// </summary>
internal static class ClassifyCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--models" }, new HashSet<string>());
        if (!IndicatorModels.TryLoad(arguments.Option("--models"), out var classifier, out var problem))
        {
            stderr.WriteLine(problem);
            return ExitCodes.Unavailable;
        }

        using var reader = arguments.Positional.Count > 0 ? new StreamReader(arguments.Positional[0]) : stdin();
        var samples = new List<IndicatorSample>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            samples.Add(new IndicatorSample(parts[0], parts.Length > 1 ? parts[1] : string.Empty));
        }

        var verdicts = classifier.Classify(samples);
        for (var i = 0; i < samples.Count; i++)
        {
            var v = verdicts[i];
            var target = v.TargetVague is null ? "-" : v.TargetVague.Value ? IndicatorDataSet.Vague : IndicatorDataSet.Quantified;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{samples[i].Name}\t{samples[i].Target}\t{v.Group}\t{v.GroupConfidence:F3}\t{target}\t{v.TargetConfidence:F3}"));
        }

        return ExitCodes.Clean;
    }
}
