using System.Globalization;

namespace DocCheck.Cli.Bench;

/// <summary>
/// Memory of a server process and of its child processes, read from Linux's <c>/proc</c>: the kernel keeps the
/// server's own high-water mark (VmHWM); the children come and go, so their resident sets are sampled.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly int _serverId;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private double _peakChildren;

    public MemoryWatch(int serverId)
    {
        _serverId = serverId;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public double PeakChildrenMegabytes
    {
        get
        {
            lock (_gate)
            {
                return _peakChildren;
            }
        }
    }

    public double CurrentServerMegabytes() => StatusKilobytes(_serverId, "VmRSS:") / 1024.0;

    public double PeakServerMegabytes() => PeakMegabytesOf(_serverId);

    /// <summary>A process's own high-water mark (VmHWM), in MB; 0 when it is gone.</summary>
    public static double PeakMegabytesOf(int processId) => StatusKilobytes(processId, "VmHWM:") / 1024.0;

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var children = ChildrenOf(_serverId).Sum(id => StatusKilobytes(id, "VmRSS:")) / 1024.0;
        lock (_gate)
        {
            _peakChildren = Math.Max(_peakChildren, children);
        }
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && StatusKilobytes(id, "PPid:") == parent)
            {
                yield return id;
            }
        }
    }

    /// <summary>A numeric field of <c>/proc/{id}/status</c> (kB for memory fields); 0 when the process is gone.</summary>
    private static long StatusKilobytes(int id, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var digits = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(digits, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
