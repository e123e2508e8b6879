using System.Globalization;
using System.Net;
using System.Text;

namespace DocCheck.Review.Summary;

/// <summary>Small inline SVG charts drawn by hand (no script, no library): horizontal bars, stacked bars, a donut.</summary>
internal static class SvgChart
{
    private const int LabelWidth = 300;
    private const int BarArea = 420;
    private const int RowHeight = 22;

    public static string Encode(string? text) => WebUtility.HtmlEncode(SummaryText.Clean(text, 2_000));

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One bar per item; <paramref name="segments"/> stacks coloured parts in each bar.</summary>
    public static string StackedBars(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Segments, string Note)> rows, IReadOnlyList<(string Name, string Color)> legend)
    {
        var max = Math.Max(1, rows.Select(r => r.Segments.Sum()).DefaultIfEmpty(0).Max());
        var legendHeight = legend.Count > 1 ? 24 : 0;
        var height = legendHeight + (rows.Count * RowHeight) + 8;
        var width = LabelWidth + BarArea + 90;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");
        if (legendHeight > 0)
        {
            var x = LabelWidth;
            foreach (var (name, color) in legend)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{x + 16}\" y=\"16\">{Encode(name)}</text>");
                x += 24 + (SummaryText.DisplayWidth(name) * 7);
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, segments, note) = rows[i];
            var y = legendHeight + (i * RowHeight) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{Encode(Shorten(label, 40))}</text>");
            double x = LabelWidth;
            for (var s = 0; s < segments.Count; s++)
            {
                if (segments[s] == 0)
                {
                    continue;
                }

                var w = segments[s] * (double)BarArea / max;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(w)}\" height=\"{RowHeight - 6}\" fill=\"{legend[s % legend.Count].Color}\"><title>{Encode(label)}：{Encode(legend[s % legend.Count].Name)} {segments[s]}</title></rect>");
                x += w;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 6)}\" y=\"{y + 14}\">{Encode(note)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A donut of parts with their counts; empty parts are left out of the ring but kept in the legend.</summary>
    public static string Donut(string title, IReadOnlyList<(string Name, int Count, string Color)> parts)
    {
        const double radius = 70;
        const double stroke = 34;
        var circumference = 2 * Math.PI * radius;
        var total = parts.Sum(p => p.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 420 200\" width=\"420\" height=\"200\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"100\" cy=\"100\" r=\"{F(radius)}\" fill=\"none\" stroke=\"#eee\" stroke-width=\"{F(stroke)}\"/>");
        double offset = 0;
        foreach (var (name, count, color) in parts)
        {
            if (count == 0 || total == 0)
            {
                continue;
            }

            var length = circumference * count / total;

            // Each part is a dash of the ring, started where the previous ended; rotated so the first starts at 12 o'clock.
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"100\" cy=\"100\" r=\"{F(radius)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{F(stroke)}\" stroke-dasharray=\"{length:0.##} {circumference - length:0.##}\" stroke-dashoffset=\"{-offset:0.##}\" transform=\"rotate(-90 100 100)\"><title>{Encode(name)} {count}</title></circle>");
            offset += length;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"100\" y=\"96\" text-anchor=\"middle\" class=\"big\">{total}</text><text x=\"100\" y=\"116\" text-anchor=\"middle\">份</text>");
        for (var i = 0; i < parts.Count; i++)
        {
            var (name, count, color) = parts[i];
            var share = total == 0 ? 0 : count * 100.0 / total;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"220\" y=\"{40 + (i * 30)}\" width=\"14\" height=\"14\" fill=\"{color}\"/><text x=\"242\" y=\"{52 + (i * 30)}\">{Encode(name)} {count}（{share:0.#}%）</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Claimed grade (rows) against score (x axis, 0–100, the standard bands shaded); flagged points in red.</summary>
    public static string GradeScatter(string title, IReadOnlyList<(decimal Score, int GradeRow, bool Flagged, string Label)> points, IReadOnlyList<string> gradeRows)
    {
        const int left = 70;
        const int top = 10;
        const int plotWidth = 600;
        var rowHeight = 40;
        var plotHeight = gradeRows.Count * rowHeight;
        var width = left + plotWidth + 20;
        var height = top + plotHeight + 40;
        // The axis starts at the lowest ten below the lowest score (at most 60), so that a batch of 80–100 is not squeezed.
        var low = Math.Min(60m, Math.Floor(points.Select(p => p.Score).DefaultIfEmpty(60m).Min() / 10m) * 10m);
        low = Math.Max(0m, low);
        double X(decimal score) => left + (double)((Math.Clamp(score, low, 100m) - low) * plotWidth / (100m - low));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{Encode(title)}</title>");
        foreach (var (from, to, name, fill) in new[] { (0m, 60m, "差", "#fbeaea"), (60m, 80m, "中", "#fdf3e1"), (80m, 90m, "良", "#eaf3fb"), (90m, 100m, "优", "#e8f5e9") })
        {
            if (to <= low)
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(from))}\" y=\"{top}\" width=\"{F(X(to) - X(from))}\" height=\"{plotHeight}\" fill=\"{fill}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F((X(from) + X(to)) / 2)}\" y=\"{top + plotHeight + 32}\" text-anchor=\"middle\" class=\"muted\">{name}</text>");
        }

        for (var tick = (int)low; tick <= 100; tick += 10)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(tick))}\" y1=\"{top + plotHeight}\" x2=\"{F(X(tick))}\" y2=\"{top + plotHeight + 4}\" stroke=\"#888\"/><text x=\"{F(X(tick))}\" y=\"{top + plotHeight + 16}\" text-anchor=\"middle\" class=\"small\">{tick}</text>");
        }

        for (var r = 0; r < gradeRows.Count; r++)
        {
            var y = top + (r * rowHeight) + (rowHeight / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + 5}\" text-anchor=\"end\">{Encode(gradeRows[r])}</text><line x1=\"{left}\" y1=\"{y}\" x2=\"{left + plotWidth}\" y2=\"{y}\" stroke=\"#ccc\" stroke-dasharray=\"2 3\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var (score, row, flagged, label) = points[i];

            // A fixed jitter spreads points of one row so that equal scores stay visible.
            var jitter = ((i * 7) % 11) - 5;
            var y = top + (row * rowHeight) + (rowHeight / 2) + (jitter * 2);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{F(X(score))}\" cy=\"{y}\" r=\"{(flagged ? 5 : 4)}\" fill=\"{(flagged ? "#c62828" : "#1565c0")}\" fill-opacity=\"0.75\"><title>{Encode(label)}：{score.ToString(CultureInfo.InvariantCulture)}分{(flagged ? "（等级与得分不符）" : string.Empty)}</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string text, int width)
    {
        if (SummaryText.DisplayWidth(text) <= width)
        {
            return text;
        }

        var used = 0;
        var end = 0;
        while (end < text.Length && used + (text[end] >= '\u1100' ? 2 : 1) <= width - 1)
        {
            used += text[end] >= '\u1100' ? 2 : 1;
            end++;
        }

        return text[..end] + "…";
    }
}
