using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Finds a page's ruling lines: stroked horizontal and vertical segments (LibreOffice draws 0.5 pt strokes) and thin
/// filled rectangles (Word and WPS often draw rules that way), snapped and joined so that collinear pieces within
/// <see cref="Snap"/> points become one line.
/// </summary>
internal static class RulingExtractor
{
    /// <summary>Lines closer than this (points) are one line; gaps shorter than this are bridged.</summary>
    public const double Snap = 3.0;

    /// <summary>A filled rectangle thinner than this is a rule, not a shaded area.</summary>
    private const double ThinRule = 2.5;

    private const double Straight = 1.0;

    public static List<Segment> Extract(Page page)
    {
        var raw = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    AddStrokes(subpath, raw);
                }

                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    if (box.Height <= ThinRule && box.Width > ThinRule)
                    {
                        raw.Add(new Segment(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
                    }
                    else if (box.Width <= ThinRule && box.Height > ThinRule)
                    {
                        raw.Add(new Segment(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                    }
                }
            }
        }

        return Merge(raw);
    }

    /// <summary>Snaps segments onto shared positions and joins collinear pieces.</summary>
    public static List<Segment> Merge(IEnumerable<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var orientation in segments.GroupBy(s => s.Horizontal))
        {
            var sorted = orientation.OrderBy(s => s.Position).ToList();
            var clusters = new List<List<Segment>>();
            foreach (var segment in sorted)
            {
                if (clusters.Count > 0 && segment.Position - clusters[^1][^1].Position <= Snap)
                {
                    clusters[^1].Add(segment);
                }
                else
                {
                    clusters.Add([segment]);
                }
            }

            foreach (var cluster in clusters)
            {
                var position = cluster.Average(s => s.Position);
                Segment? current = null;
                foreach (var segment in cluster.OrderBy(s => s.From))
                {
                    if (current is { } c && segment.From <= c.To + Snap)
                    {
                        current = c with { To = Math.Max(c.To, segment.To) };
                    }
                    else
                    {
                        if (current is { } done)
                        {
                            merged.Add(done);
                        }

                        current = new Segment(orientation.Key, position, segment.From, segment.To);
                    }
                }

                if (current is { } last)
                {
                    merged.Add(last);
                }
            }
        }

        return merged;
    }

    private static void AddStrokes(PdfSubpath subpath, List<Segment> raw)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, raw);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when current is { } from && start is { } to:
                    Add(from, to, raw);
                    current = start;
                    break;
                default:
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<Segment> raw)
    {
        if (Math.Abs(from.Y - to.Y) <= Straight && Math.Abs(from.X - to.X) > Straight)
        {
            raw.Add(new Segment(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= Straight && Math.Abs(from.Y - to.Y) > Straight)
        {
            raw.Add(new Segment(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }
}
