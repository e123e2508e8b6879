using DocCheck.Testing.Sources;

// Turns every report source (corpus/sources/*.txt) into its Word file (corpus/docx/*.docx).
// Usage: dotnet run --project corpus/generator -- <sources folder> <docx folder>
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CorpusGenerator <sources folder> <docx folder>");
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
