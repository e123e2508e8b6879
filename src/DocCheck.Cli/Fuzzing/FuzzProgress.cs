using System.Diagnostics;
using System.Globalization;

namespace DocCheck.Cli.Fuzzing;

/// <summary>The run's progress on stderr: on a terminal a line redrawn each second, otherwise a line every 10 s.</summary>
internal sealed class FuzzProgress(TextWriter stderr, Stopwatch watch, FuzzStats stats)
{
    private readonly Lock _lock = new();
    private readonly bool _terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
    private TimeSpan _last;

    public void Update()
    {
        lock (_lock)
        {
            if (watch.Elapsed - _last < (_terminal ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10)))
            {
                return;
            }

            _last = watch.Elapsed;
            Draw();
        }
    }

    public void Finish()
    {
        lock (_lock)
        {
            Draw();
            if (_terminal)
            {
                stderr.WriteLine();
            }
        }
    }

    public static string Duration(TimeSpan time) => time.ToString(time.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture);

    private void Draw()
    {
        var elapsed = watch.Elapsed;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{Duration(elapsed)}] {stats.Inputs} 个输入  {stats.Inputs / Math.Max(0.001, elapsed.TotalSeconds):0.0} 个/秒  " +
            $"已审核 {stats.Count(FuzzVerdict.Checked)}  无法读取 {stats.Count(FuzzVerdict.Unreadable)}  发现 {stats.Findings}（{stats.Classes} 类）  " +
            $"内存峰值 {stats.PeakMemory.Megabytes:0} MB");
        stderr.Write(_terminal ? "\r" + line + "   " : line + Environment.NewLine);
        stderr.Flush();
    }
}
