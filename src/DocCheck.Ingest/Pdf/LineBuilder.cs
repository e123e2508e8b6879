using System.Text;
using DocCheck.Core.Text;
using UglyToad.PdfPig.Content;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Builds text lines from letters. PdfPig's own word helpers join words with spaces and emit whitespace-only words,
/// which is wrong for Chinese, so lines are built here: letters on one baseline (within a third of the font size)
/// left to right; Chinese characters joined directly; a space only between non-Chinese letters set apart by a
/// visible gap (or by a space the PDF itself places).
/// </summary>
internal static class LineBuilder
{
    public static List<TextLine> Build(IEnumerable<Letter> letters)
    {
        var visible = letters.Where(l => l.Value.Length > 0).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var groups = new List<List<Letter>>();
        foreach (var letter in visible)
        {
            var size = Math.Max(letter.PointSize, 1);
            var group = groups.Count > 0 && Math.Abs(groups[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.33 ? groups[^1] : null;
            if (group is null)
            {
                group = [];
                groups.Add(group);
            }

            group.Add(letter);
        }

        var lines = new List<TextLine>(groups.Count);
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            if (Make(group) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>A line from letters already in left-to-right order (or null when only spaces).</summary>
    public static TextLine? Make(IReadOnlyList<Letter> letters)
    {
        var text = new StringBuilder(letters.Count);
        Letter? previous = null;
        var pendingSpace = false;
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = previous is not null;
                continue;
            }

            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - (previous.StartBaseLine.X + previous.Width);
                var wide = TextNormalizer.IsWide(letter.Value[0]) || TextNormalizer.IsWide(previous.Value[^1]);
                // A space the PDF itself places is kept (normalisation drops it next to Chinese text, as for Word).
                if (pendingSpace || (!wide && gap > Math.Max(previous.PointSize, 1) * 0.15))
                {
                    text.Append(' ');
                }
            }

            AppendValue(text, letter);
            kept.Add(letter);
            previous = letter;
            pendingSpace = false;
        }

        if (kept.Count == 0)
        {
            return null;
        }

        var box = kept.Select(Box).Aggregate((a, b) => a.Union(b));
        var sizes = kept.Select(l => l.PointSize).OrderBy(s => s).ToList();
        var bold = kept.Count(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) * 2 > kept.Count;
        return new TextLine
        {
            Letters = kept,
            Text = TickBoxes.Repair(text.ToString()),
            Box = box,
            FontSize = sizes[sizes.Count / 2],
            Bold = bold,
            Baseline = kept[0].StartBaseLine.Y,
        };
    }

    /// <summary>The letter's text; symbol-font tick boxes (Wingdings) as the characters they show.</summary>
    private static void AppendValue(StringBuilder text, Letter letter)
    {
        var font = letter.FontName ?? string.Empty;
        var plus = font.IndexOf('+', StringComparison.Ordinal);
        font = plus >= 0 ? font[(plus + 1)..] : font;
        if (SymbolFonts.IsSymbolFont(font) && letter.Value.Length == 1)
        {
            text.Append(SymbolFonts.Map(font, letter.Value[0]));
        }
        else
        {
            text.Append(Radicals.Map(letter.Value));
        }
    }

    /// <summary>A letter's box from its baseline, advance and size (glyph boxes vary with the glyph's shape).</summary>
    public static Rect Box(Letter letter)
    {
        var size = Math.Max(letter.PointSize, 1);
        var x = letter.StartBaseLine.X;
        var y = letter.StartBaseLine.Y;
        return new Rect(x, y - (size * 0.2), x + Math.Max(letter.Width, size * 0.3), y + (size * 0.8));
    }
}
