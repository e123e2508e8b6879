using System.Text;
using DocCheck.Language;

namespace DocCheck.Cli.Commands;

/// <summary>What segment and keywords share: reading UTF-8 text and loading the segmenter once.</summary>
internal static class LanguageInput
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string> { "--no-domain-dict" };

    /// <summary>The text of the file, or of stdin when no file (or <c>-</c>) is given; invalid UTF-8 becomes U+FFFD.</summary>
    public static string? ReadText(Arguments arguments, Func<TextReader> stdin, TextWriter stderr, string command)
    {
        if (arguments.Positional.Count > 1)
        {
            throw new UsageException($"{command} 最多接受一个文件参数");
        }

        var path = arguments.Positional.Count == 1 ? arguments.Positional[0] : "-";
        if (path == "-")
        {
            return stdin().ReadToEnd();
        }

        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}: 文件不存在");
            return null;
        }

        return File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>jieba with the domain dictionary unless <c>--no-domain-dict</c>; null (message on stderr) without data.</summary>
    public static JiebaSegmenter? LoadSegmenter(Arguments arguments, TextWriter stderr, out JiebaOptions options)
    {
        options = arguments.Flag("--no-domain-dict") ? JiebaOptions.JiebaOnly : JiebaOptions.Default;
        if (JiebaSegmenter.TryLoad(options, out var segmenter, out var problem))
        {
            return segmenter;
        }

        stderr.WriteLine(problem);
        return null;
    }

    /// <summary>Lines as Python callers split them (<c>text.split('\n')</c>), without the empty piece after a final newline.</summary>
    public static string[] Lines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
