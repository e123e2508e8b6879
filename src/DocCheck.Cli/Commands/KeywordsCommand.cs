using System.Globalization;
using System.Text;
using DocCheck.Language;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck keywords [--top N] [--json] [--no-domain-dict] [file]</c>: jieba.analyse.extract_tags over the whole
/// text; one <c>词\t权重</c> line per keyword (weight with 6 decimals), or with --json one array of
/// <c>{"word":…,"weight":…}</c> (weights in full precision).
/// </summary>
internal static class KeywordsCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--top" }, new HashSet<string>(LanguageInput.Flags) { "--json" });
        var topText = arguments.Option("--top") ?? "20";
        if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top < 1)
        {
            throw new UsageException($"--top 应为正整数，而不是 {topText}");
        }

        var text = LanguageInput.ReadText(arguments, stdin, stderr, "keywords");
        if (text is null)
        {
            return ExitCodes.Unreadable;
        }

        var segmenter = LanguageInput.LoadSegmenter(arguments, stderr, out var options);
        if (segmenter is null)
        {
            return ExitCodes.Unavailable;
        }

        if (!TfidfKeywordExtractor.TryLoad(segmenter, options, out var extractor, out var problem))
        {
            stderr.WriteLine(problem);
            return ExitCodes.Unavailable;
        }

        var keywords = extractor!.Extract(text, top); // TryLoad returned true.
        var output = new StringBuilder();
        if (arguments.Flag("--json"))
        {
            output.Append('[');
            for (var i = 0; i < keywords.Count; i++)
            {
                output.Append(i == 0 ? "{\"word\":" : ",{\"word\":");
                JsonLine.WriteString(output, keywords[i].Word);
                output.Append(",\"weight\":").Append(keywords[i].Weight.ToString("R", CultureInfo.InvariantCulture)).Append('}');
            }

            output.Append("]\n");
        }
        else
        {
            foreach (var keyword in keywords)
            {
                output.Append(keyword.Word).Append('\t').Append(keyword.Weight.ToString("0.000000", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        stdout.Write(output);
        stdout.Flush();
        return ExitCodes.Clean;
    }
}
