using System.Text;

namespace DocCheck.Classifiers;

/// <summary>Reads and writes the tab-separated indicator rows (header: split kind group name target target_class).</summary>
public static class IndicatorDataSet
{
    /// <summary>The header line.</summary>
    public const string Header = "split\tkind\tgroup\tname\ttarget\ttarget_class";

    /// <summary>The label of a measurable target.</summary>
    public const string Quantified = "量化";

    /// <summary>The label of a vague target.</summary>
    public const string Vague = "模糊";

    /// <summary>Reads a file written by the generator or by <see cref="Write"/>.</summary>
    public static IReadOnlyList<IndicatorRow> Read(string path)
    {
        var rows = new List<IndicatorRow>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new InvalidDataException($"{path}: expected 6 tab-separated fields, got {f.Length}: {line}");
            }

            rows.Add(new IndicatorRow(f[0], f[1], f[2], f[3], f[4], f[5]));
        }

        return rows;
    }

    /// <summary>Writes rows with the header (UTF-8 without BOM, \n).</summary>
    public static void Write(string path, IEnumerable<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
        {
            text.Append(Clean(r.Split)).Append('\t').Append(Clean(r.Kind)).Append('\t').Append(Clean(r.Group)).Append('\t')
                .Append(Clean(r.Name)).Append('\t').Append(Clean(r.Target)).Append('\t').Append(Clean(r.TargetClass)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();
}
