using System.Text;
using DocCheck.Language;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck segment [--mode default|full|search|nohmm] [--no-domain-dict] [file]</c>: one compact JSON array of
/// tokens per input line (jieba's lcut / lcut(cut_all=True) / lcut_for_search / lcut(HMM=False)).
/// </summary>
internal static class SegmentCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--mode" }, LanguageInput.Flags);
        var mode = (arguments.Option("--mode") ?? "default") switch
        {
            "default" => SegmentMode.Default,
            "full" => SegmentMode.Full,
            "search" => SegmentMode.Search,
            "nohmm" => SegmentMode.NoHmm,
            var other => throw new UsageException($"--mode 应为 default、full、search 或 nohmm，而不是 {other}"),
        };
        var text = LanguageInput.ReadText(arguments, stdin, stderr, "segment");
        if (text is null)
        {
            return ExitCodes.Unreadable;
        }

        var segmenter = LanguageInput.LoadSegmenter(arguments, stderr, out _);
        if (segmenter is null)
        {
            return ExitCodes.Unavailable;
        }

        var output = new StringBuilder();
        var tokens = new List<string>();
        foreach (var line in LanguageInput.Lines(text))
        {
            tokens.Clear();
            segmenter.Cut(line, mode, tokens);
            JsonLine.WriteArray(output, tokens);
            output.Append('\n');
            if (output.Length > 1 << 16)
            {
                stdout.Write(output);
                output.Clear();
            }
        }

        stdout.Write(output);
        stdout.Flush();
        return ExitCodes.Clean;
    }
}
