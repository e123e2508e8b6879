using DocCheck.Testing.Sources;

// Turns every report source (corpus/sources/*.txt) into its Word file (corpus/docx/*.docx), or, with --html,
// the reports a list names into HTML pages to print from a browser (corpus/pdf/regenerate.sh does that).
// Usage: dotnet run --project corpus/generator -- <sources folder> <docx folder>
//        dotnet run --project corpus/generator -- --html <sources folder> <html folder> <list file>
if (args.Length == 4 && args[0] == "--html" && Directory.Exists(args[1]) && File.Exists(args[3]))
{
    return WriteHtml(args[1], args[2], args[3]);
}

if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CorpusGenerator <sources folder> <docx folder>");
    Console.Error.WriteLine("       CorpusGenerator --html <sources folder> <html folder> <list file>");
    return 64;
}

Directory.CreateDirectory(args[1]);
var written = 0;
foreach (var source in Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    var target = Path.Combine(args[1], Path.GetFileNameWithoutExtension(source) + ".docx");
    var bytes = DocxComposer.Compose(SourceParser.ParseFile(source));
    if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
    {
        File.WriteAllBytes(target, bytes);
        Console.WriteLine($"wrote {target}");
        written++;
    }
}

Console.WriteLine($"{written} file(s) written");
return 0;

// The list names one report per line with its table style: "<name> ruled|three-line|borderless [...]".
static int WriteHtml(string sources, string target, string list)
{
    Directory.CreateDirectory(target);
    foreach (var line in File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
    {
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var style = fields[1] switch
        {
            "ruled" => HtmlTableStyle.Ruled,
            "three-line" => HtmlTableStyle.ThreeLine,
            "borderless" => HtmlTableStyle.Borderless,
            _ => throw new InvalidDataException($"unknown table style '{fields[1]}' in {list}"),
        };
        var html = HtmlComposer.Compose(SourceParser.ParseFile(Path.Combine(sources, fields[0] + ".txt")), style);
        File.WriteAllText(Path.Combine(target, fields[0] + ".html"), html);
        Console.WriteLine($"wrote {fields[0]}.html ({fields[1]})");
    }

    return 0;
}
