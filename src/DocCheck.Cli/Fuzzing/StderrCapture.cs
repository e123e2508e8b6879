namespace DocCheck.Cli.Fuzzing;

/// <summary>
/// The lines a child prints on standard error during one check: the head and the tail. A stack overflow prints
/// thousands of frames; the head names the repeating frames, the tail where the recursion began.
/// </summary>
internal sealed class StderrCapture
{
    private const int HeadLines = 40;
    private const int TailLines = 15;

    private readonly Lock _lock = new();
    private readonly List<string> _head = [];
    private readonly Queue<string> _tail = new();
    private long _skipped;

    public void Add(string line)
    {
        lock (_lock)
        {
            if (_head.Count < HeadLines)
            {
                _head.Add(line);
                return;
            }

            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
                _skipped++;
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _head.Clear();
            _tail.Clear();
            _skipped = 0;
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_lock)
        {
            var skipped = _skipped == 0 ? [] : new[] { $"…（省略 {_skipped} 行）…" };
            return [.. _head, .. skipped, .. _tail];
        }
    }
}
