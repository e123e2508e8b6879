using System.Globalization;
using DocCheck.Bulk;

namespace DocCheck.Cli;

/// <summary>
/// The scan's progress on stderr: on a terminal one line redrawn with <c>\r</c> a few times a second; otherwise
/// (a log, a pipe, a test) a plain line every <see cref="PlainInterval"/>. Both end with a final line.
/// Called from the scan's worker threads.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr, bool terminal)
{
    public static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private TimeSpan? _last;
    private int _width;

    public void Update(ScanProgress progress)
    {
        lock (_lock)
        {
            if (_last is { } last && progress.Elapsed - last < (terminal ? TerminalInterval : PlainInterval))
            {
                return;
            }

            _last = progress.Elapsed;
            Draw(progress);
        }
    }

    public void Finish(ScanProgress progress)
    {
        lock (_lock)
        {
            Draw(progress);
            if (terminal)
            {
                stderr.WriteLine();
            }

            stderr.Flush();
        }
    }

    internal static string Format(ScanProgress p)
    {
        var inv = CultureInfo.InvariantCulture;
        var share = p.Total == 0 ? 1 : p.Done / (double)p.Total;
        var eta = p.Remaining is { } left ? Duration(left) : "--:--";
        var line = string.Create(inv, $"[{p.Done}/{p.Total}] {share,6:P1}  {p.Rate:0.0} 份/秒  剩余 {eta}");
        if (p.Reused > 0)
        {
            line += string.Create(inv, $"  沿用 {p.Reused}");
        }

        if (p.NotChecked > 0)
        {
            line += string.Create(inv, $"  未能审核 {p.NotChecked}");
        }

        return p.Current is { } current && p.Done < p.Total ? line + "  " + current : line;
    }

    internal static string Duration(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time:mm\\:ss}")
        : time.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    private void Draw(ScanProgress progress)
    {
        var line = Format(progress);
        if (!terminal)
        {
            stderr.WriteLine(line);
            return;
        }

        var columns = TerminalColumns();
        line = Fit(line, columns - 1);
        var width = DisplayWidth(line);

        // Spaces clear what a longer previous line left behind.
        stderr.Write("\r" + line + new string(' ', Math.Max(0, _width - width)));
        _width = width;
        stderr.Flush();
    }

    private static int TerminalColumns()
    {
        try
        {
            return Console.WindowWidth > 10 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);

    private static string Fit(string text, int columns)
    {
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            used += text[i] >= '\u1100' ? 2 : 1;
            if (used > columns)
            {
                return text[..Math.Max(0, i - 1)] + "…";
            }
        }

        return text;
    }
}
