using System.Globalization;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Writes a wrong value into one field of a zip header: sizes, method, CRC, offsets, counts, name lengths.</summary>
internal sealed class ZipHeaderField() : IMutator
{
    public string Name => "zip-field";

    public bool Accepts(FuzzKind kind) => kind == FuzzKind.Docx;

    public Mutation? Mutate(byte[] content, Random random)
    {
        if (ZipLayout.Find(content) is not { } layout)
        {
            return null;
        }

        var output = (byte[])content.Clone();
        var (where, at, fields) = random.Next(6) switch
        {
            0 => ("结束记录", layout.End, ZipLayout.EndFields),
            1 or 2 when layout.Central.Count > 0 => ("中央目录条目", layout.Central[random.Next(layout.Central.Count)], ZipLayout.CentralFields),
            _ when layout.Local.Count > 0 => ("本地头", layout.Local[random.Next(layout.Local.Count)], ZipLayout.LocalFields),
            _ => ("结束记录", layout.End, ZipLayout.EndFields),
        };
        var (name, offset, width) = fields[random.Next(fields.Count)];
        var old = ZipLayout.Read(output, at + offset, width);
        long max = width == 2 ? ushort.MaxValue : uint.MaxValue;
        long value = random.Next(9) switch
        {
            0 => 0,
            1 => 1,
            2 => max,
            3 => max / 2,
            4 => old + 1,
            5 => old - 1,
            6 => (long)old * 1000,
            7 when name == "压缩方法" => new[] { 0, 1, 6, 9, 12, 14, 93, 95, 98, 99 }[random.Next(10)],
            _ => random.NextInt64(max + 1),
        };
        ZipLayout.Write(output, at + offset, width, value);
        return new Mutation(output, string.Create(CultureInfo.InvariantCulture, $"{where}（偏移 {at}）的{name}由 {old} 改为 {value & max}"));
    }
}

/// <summary>Adds a second entry of the same name: the same part twice, an empty one, or another part's content.</summary>
internal sealed class ZipDuplicateEntry() : DocxMutator("zip-duplicate")
{
    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Parts.Count == 0)
        {
            return null;
        }

        var index = random.Next(2) == 0 && package.Parts.FindIndex(p => p.Key == DocxPackage.Document) is >= 0 and var document
            ? document
            : random.Next(package.Parts.Count);
        var (name, content) = package.Parts[index];
        var (copy, what) = random.Next(3) switch
        {
            0 => (content, "相同内容"),
            1 => ([], "空内容"),
            _ => (package.Parts[random.Next(package.Parts.Count)].Value, "另一部件的内容"),
        };
        var before = random.Next(2) == 0;
        package.Parts.Insert(before ? index : package.Parts.Count, new(name, copy));
        return $"重复条目 {name}（{what}，放在{(before ? "原条目之前" : "最后")}）";
    }
}

/// <summary>Renames an entry the way other tools and hostile files spell names: case, slashes, dots, controls.</summary>
internal sealed class ZipEntryName() : DocxMutator("zip-name")
{
    private static readonly Func<string, string>[] Renames =
    [
        n => n.ToUpperInvariant(),
        n => "/" + n,
        n => n.Replace('/', '\\'),
        n => "../" + n,
        n => n + " ",
        n => n + "\u0000x",
        n => "\u001b[31m" + n,
        n => new string('a', 60000),
        n => n.Replace(".xml", ".xml/", StringComparison.Ordinal),
    ];

    protected override string? Apply(DocxPackage package, Random random)
    {
        if (package.Parts.Count == 0)
        {
            return null;
        }

        var index = random.Next(package.Parts.Count);
        var (name, content) = package.Parts[index];
        var renamed = Renames[random.Next(Renames.Length)](name);
        package.Parts[index] = new(renamed, content);
        return $"条目 {name} 改名为 “{XmlAttributeValue.Shown(renamed.Replace("\u0000", "\\0", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal))}”";
    }
}
