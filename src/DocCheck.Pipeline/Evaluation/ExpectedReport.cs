namespace DocCheck.Pipeline.Evaluation;

/// <summary>
/// What a report source's header says a correct check finds: its <c>// expect:</c> lines (or <c>// expect: none</c>),
/// its kind, and whether it is an excerpt (then sections absent from the excerpt are not findings either way).
/// </summary>
public sealed record ExpectedReport(string Name, IReadOnlyList<ExpectedFinding> Expected, bool IsExcerpt, string? Kind, string? Source)
{
    /// <summary>Reads the header lines of a report source (<c>// expect: rule | key</c>, <c>// excerpt: true</c>, <c>// kind:</c>, <c>// source:</c>).</summary>
    public static ExpectedReport Parse(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var expected = new List<ExpectedFinding>();
        var excerpt = false;
        string? kind = null;
        string? source = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var (field, value) = Field(line[2..]);
            switch (field)
            {
                case "expect" when value != "none":
                    var bar = value.IndexOf('|', StringComparison.Ordinal);
                    expected.Add(bar < 0
                        ? new ExpectedFinding(value.Trim(), string.Empty)
                        : new ExpectedFinding(value[..bar].Trim(), value[(bar + 1)..].Trim()));
                    break;
                case "excerpt":
                    excerpt = value.StartsWith("true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "kind":
                    kind = value;
                    break;
                case "source":
                    source = value;
                    break;
            }
        }

        return new ExpectedReport(name, expected, excerpt, kind, source);
    }

    /// <summary>Reads a source file.</summary>
    public static ExpectedReport Load(string sourcePath) =>
        Parse(Path.GetFileNameWithoutExtension(sourcePath), File.ReadLines(sourcePath));

    private static (string Field, string Value) Field(string comment)
    {
        var colon = comment.IndexOfAny([':', '：']);
        return colon < 0 ? (string.Empty, string.Empty) : (comment[..colon].Trim().ToLowerInvariant(), comment[(colon + 1)..].Trim());
    }
}
