using System.Text.RegularExpressions;
using DocCheck.Core.Documents;
using DocCheck.Core.Text;
using DocCheck.Extract.Numbers;
using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>
/// Reads the band rule a report states for the budget-execution score (执行率≥95%得10分，90%（含）-95%得8分，
/// 80%以下不得分), which some provinces and third-party frameworks use instead of weight × rate.
/// </summary>
public static partial class ExecutionBandExtractor
{
    /// <summary>Fewer bands than this is a sentence about one score, not a rule.</summary>
    private const int MinimumBands = 2;

    /// <summary>The bands stated in one text (a paragraph or a cell), or none.</summary>
    public static IReadOnlyList<ExecutionBand> Extract(SourceLocation location, NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Value;
        if (!value.Contains("执行率", StringComparison.Ordinal) || !value.Contains('分', StringComparison.Ordinal))
        {
            return [];
        }

        var bands = new List<ExecutionBand>();
        var start = 0;
        foreach (var end in Ends(value))
        {
            var fragment = value[start..end];
            if (Band(fragment) is { } band)
            {
                var range = new TextRange(start, end - start);
                bands.Add(new ExecutionBand(band.Low, band.High, band.Points, Anchor.ForText(location, text, range, range)));
            }

            start = end + 1;
        }

        return bands.Count >= MinimumBands ? bands : [];
    }

    private static IEnumerable<int> Ends(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '，' or ',' or '；' or ';' or '。')
            {
                yield return i;
            }
        }

        yield return value.Length;
    }

    private static (decimal Low, decimal? High, decimal Points)? Band(string fragment)
    {
        var points = Points().Match(fragment);
        if (!points.Success)
        {
            return null;
        }

        var percents = NumberParser.FindAll(fragment).Where(n => n.Kind == UnitKind.Percent && n.Start < points.Index).Select(n => n.Value).ToList();
        if (percents.Count == 0)
        {
            return null;
        }

        var score = points.Groups["points"].Success ? decimal.Parse(points.Groups["points"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0m;
        if (percents.Count >= 2)
        {
            return (Math.Min(percents[0], percents[1]), Math.Max(percents[0], percents[1]), score);
        }

        return Below().IsMatch(fragment) ? (0m, percents[0], score) : (percents[0], null, score);
    }

    [GeneratedRegex(@"(?<!不)得\s*(?<points>\d+(\.\d+)?)\s*分|不得分|得\s*0\s*分|扣完|计0分")]
    private static partial Regex Points();

    [GeneratedRegex("以下|低于|不足|未达|<|＜|≤")]
    private static partial Regex Below();
}
