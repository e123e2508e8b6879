using DocCheck.Core.Text;

namespace DocCheck.Testing.Sources;

/// <summary>
/// The automatic numbering scheme the corpus generator writes for <c>=1</c> … <c>=5</c> lines, and the labels
/// Word shows for it — so that the direct model and the generated .docx agree.
/// </summary>
public sealed class SourceNumbering
{
    /// <summary>Per level: Word numFmt and lvlText.</summary>
    public static IReadOnlyList<(string Format, string Text)> Levels { get; } =
    [
        ("chineseCounting", "%1、"),
        ("chineseCounting", "（%2）"),
        ("decimal", "%3."),
        ("decimal", "（%4）"),
        ("decimalEnclosedCircle", "%5"),
    ];

    private readonly int[] _counters = new int[Levels.Count];

    /// <summary>Advances the counter of a 1-based level and returns the label Word shows.</summary>
    public string Next(int level)
    {
        var index = level - 1;
        _counters[index]++;
        for (var deeper = index + 1; deeper < _counters.Length; deeper++)
        {
            _counters[deeper] = 0;
        }

        var (format, text) = Levels[index];
        var counter = _counters[index];
        var formatted = format switch
        {
            "chineseCounting" => ChineseNumerals.Format(counter),
            "decimalEnclosedCircle" => ((char)('①' + counter - 1)).ToString(),
            _ => counter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return text.Replace("%" + level, formatted, StringComparison.Ordinal);
    }
}
