using System.Globalization;
using System.Text;
using DocCheck.IndicatorGenerator;

// Writes the labelled indicator rows the classifiers learn from: templates × the vocabulary of fourteen kinds of
// project × number formats × phrasing, every row labelled by construction (its group and whether its target is
// measurable). Seeded: the same seed writes the same file.
// Usage: dotnet run --project corpus/indicators/generator -- <output.tsv> [--seed N] [--per-group N]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: IndicatorGenerator <output.tsv> [--seed N] [--per-group N]");
    return 64;
}

var seed = Option("--seed", 20240606);
var perGroup = Option("--per-group", 26);
var random = new Random(seed);
var rows = new List<Row>();
var seen = new HashSet<string>(StringComparer.Ordinal);
foreach (var kind in Kinds.All)
{
    foreach (var group in Templates.Groups)
    {
        var made = 0;
        for (var attempt = 0; made < perGroup && attempt < perGroup * 20; attempt++)
        {
            var (name, target, vague) = Templates.Make(group, kind, random);
            if (seen.Add(name + "\t" + target))
            {
                rows.Add(new Row(Split(kind.Id), kind.Id, group, name, target, vague ? "模糊" : "量化"));
                made++;
            }
        }
    }
}

var text = new StringBuilder("split\tkind\tgroup\tname\ttarget\ttarget_class\n");
foreach (var row in rows)
{
    text.Append(row.Split).Append('\t').Append(row.Kind).Append('\t').Append(row.Group).Append('\t')
        .Append(row.Name).Append('\t').Append(row.Target).Append('\t').Append(row.TargetClass).Append('\n');
}

File.WriteAllText(args[0], text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {rows.Count} rows ({rows.Count(r => r.Split == "train")} train, {rows.Count(r => r.Split == "heldout")} held out) to {args[0]}"));
return 0;

// Held out by kind of project: the test rows come from projects whose vocabulary the model never saw.
static string Split(string kind) => kind is "culture" or "eldercare" or "water" ? "heldout" : "train";

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed record Row(string Split, string Kind, string Group, string Name, string Target, string TargetClass);
