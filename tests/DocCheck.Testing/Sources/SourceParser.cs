using System.Text;

namespace DocCheck.Testing.Sources;

/// <summary>Parses the report source format described in corpus/README.md.</summary>
public static class SourceParser
{
    public static SourceDocument ParseFile(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static SourceDocument Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var blocks = new List<SourceBlock>();
        var named = new Dictionary<string, SourceBlock>(StringComparer.Ordinal);
        var expectations = new List<(string, string)>();
        string? title = null;
        List<IReadOnlyList<string>>? rows = null;
        string? tableName = null;

        void EndTable()
        {
            if (rows is { Count: > 0 })
            {
                var table = new SourceBlock(SourceBlockKind.Table, string.Empty, Rows: rows);
                if (tableName is null)
                {
                    blocks.Add(table);
                }
                else
                {
                    named[tableName] = table;
                }
            }

            rows = null;
            tableName = null;
        }

        foreach (var rawLine in source.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.TrimStart().StartsWith('|'))
            {
                rows ??= [];
                rows.Add(SplitRow(line.Trim()));
                continue;
            }

            EndTable();
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                var comment = line[2..].Trim();
                if (comment.StartsWith("expect:", StringComparison.Ordinal))
                {
                    var parts = comment["expect:".Length..].Split('|', 2, StringSplitOptions.TrimEntries);
                    if (parts[0] != "none")
                    {
                        expectations.Add((parts[0], parts.Length > 1 ? parts[1] : string.Empty));
                    }
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("@title ", StringComparison.Ordinal))
            {
                title = line[7..].Trim();
            }
            else if (line.StartsWith("[table ", StringComparison.Ordinal) && line.EndsWith(']'))
            {
                tableName = line[7..^1].Trim();
                rows = [];
            }
            else if (line == "[pagebreak]")
            {
                blocks.Add(new SourceBlock(SourceBlockKind.PageBreak, string.Empty));
            }
            else if (line.StartsWith("[textbox]", StringComparison.Ordinal))
            {
                blocks.Add(new SourceBlock(SourceBlockKind.TextBox, line[9..].Trim()));
            }
            else if (line.StartsWith('#'))
            {
                var hashes = line.TakeWhile(c => c == '#').Count();
                var text = line[hashes..].Trim();
                blocks.Add(hashes == 1
                    ? new SourceBlock(SourceBlockKind.Title, text)
                    : new SourceBlock(SourceBlockKind.Heading, text, hashes - 1));
            }
            else if (line.Length > 2 && line[0] == '=' && line[1] is >= '1' and <= '5' && line[2] == ' ')
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Numbered, line[3..].Trim(), line[1] - '0'));
            }
            else
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Body, line.Trim()));
            }
        }

        EndTable();
        return new SourceDocument { Title = title, Blocks = blocks, NamedTables = named, Expectations = expectations };
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (c == '\\' && i + 1 < line.Length && line[i + 1] == 'n')
            {
                cell.Append('\n');
                i++;
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }
}
