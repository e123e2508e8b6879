namespace DocCheck.Ingest.Pdf;

/// <summary>The body text's measurements across the document: margins, usual font size and line pitch.</summary>
internal sealed class TextArea
{
    public required double Left { get; init; }

    public required double Right { get; init; }

    public required double BodyFontSize { get; init; }

    /// <summary>The usual distance between baselines of consecutive body lines.</summary>
    public required double LinePitch { get; init; }

    /// <summary>
    /// The lowest a page's content reaches (lines or tables; at most a fifth of the page up, since a document with
    /// no full page has no paragraph that runs over one): a paragraph runs on to the next page only from there.
    /// </summary>
    public double ContentBottom { get; init; }

    public static TextArea Measure(IReadOnlyList<PageContent> pages)
    {
        var lines = pages.SelectMany(p => p.Lines).ToList();
        if (lines.Count == 0)
        {
            return new TextArea { Left = 0, Right = 0, BodyFontSize = 12, LinePitch = 18 };
        }

        // The body size is the size most letters are set in; the margins are where most body lines start and end.
        var bodySize = lines.GroupBy(l => Math.Round(l.FontSize * 2) / 2).MaxBy(g => g.Sum(l => l.Letters.Count))!.Key;
        var body = lines.Where(l => Math.Abs(l.FontSize - bodySize) < 0.6).ToList();
        // The left margin is the leftmost position many lines share (first lines may be indented, and in a report
        // of short paragraphs they can outnumber the rest).
        var starts = body.GroupBy(l => Math.Round(l.Left)).ToList();
        var common = starts.Max(g => g.Count());
        var left = starts.Where(g => g.Count() * 10 >= common).MinBy(g => g.Key)!.Min(l => l.Left);
        var rights = body.Select(l => l.Right).Order().ToList();
        var right = rights[(int)(rights.Count * 0.9)];
        var gaps = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Lines.Count; i++)
            {
                var gap = page.Lines[i - 1].Baseline - page.Lines[i].Baseline;
                if (Math.Abs(page.Lines[i].FontSize - bodySize) < 0.6 && gap > bodySize * 0.9 && gap < bodySize * 3)
                {
                    gaps.Add(gap);
                }
            }
        }

        var pitch = gaps.Count == 0 ? bodySize * 1.5 : gaps.Order().ElementAt(gaps.Count / 2);
        var bottoms = pages.SelectMany(p => p.Lines.Select(l => l.Box.Bottom).Concat(p.Tables.Select(t => t.Box.Bottom)));
        return new TextArea { Left = left, Right = Math.Max(right, left + bodySize), BodyFontSize = bodySize, LinePitch = pitch, ContentBottom = Math.Min(bottoms.Min(), pages.Max(p => p.Height) * 0.2) };
    }

    /// <summary>Whether a line sits in the middle of the text area with room on both sides.</summary>
    public bool IsCentered(TextLine line)
    {
        var leftGap = line.Left - Left;
        var rightGap = Right - line.Right;
        // Wider than a first-line indent (two characters) on both sides.
        return leftGap > line.FontSize * 3 && Math.Abs(leftGap - rightGap) < line.FontSize * 1.5;
    }
}
