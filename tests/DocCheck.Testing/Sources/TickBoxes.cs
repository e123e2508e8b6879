using System.Text.RegularExpressions;

namespace DocCheck.Testing.Sources;

/// <summary>
/// Grade tick boxes typed as <c>R优 £良</c>: in Word these are the letters R and £ in the Wingdings 2 font.
/// The generator writes them so; the reader maps them to ☑ and □, and so does the direct model.
/// </summary>
public static partial class TickBoxes
{
    /// <summary>Splits text into (segment, isWingdings) runs.</summary>
    public static IEnumerable<(string Text, bool Wingdings)> Split(string text)
    {
        var last = 0;
        foreach (Match match in Marker().Matches(text))
        {
            if (match.Index > last)
            {
                yield return (text[last..match.Index], false);
            }

            yield return (match.Value, true);
            last = match.Index + match.Length;
        }

        if (last < text.Length)
        {
            yield return (text[last..], false);
        }
    }

    /// <summary>The text as the reader shows it.</summary>
    public static string AsRead(string text) =>
        string.Concat(Split(text).Select(s => s.Wingdings ? (s.Text == "R" ? "☑" : "□") : s.Text));

    [GeneratedRegex("[R£](?=\\s*(优|良|中|差|合格|不合格|一般|较差))")]
    private static partial Regex Marker();
}
