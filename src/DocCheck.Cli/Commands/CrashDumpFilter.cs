using System.Globalization;
using System.Text;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Passes a scan child's stderr through unchanged — progress redrawn with <c>\r</c>, messages — until the .NET
/// runtime starts a crash dump (<c>Stack overflow.</c>, <c>Unhandled exception.</c>, <c>Fatal error.</c>,
/// <c>Process terminated.</c>, or a line of <c>   at …</c> frames); from there on everything is kept aside for the
/// crash log, since a dying process writes nothing else. The user gets one line per death from the supervisor instead
/// of up to hundreds of thousands of frames.
/// </summary>
/// <remarks>
/// Text arrives in arbitrary pieces, so a piece that ends with what could be the start of a marker (<c>Sta</c>, or
/// spaces at a line start) is held back until the next piece decides; everything else is passed on at once. The
/// runtime writes its header wherever the cursor is, right after a progress line, so headers are looked for anywhere;
/// a report path holding one (<c>Fatal error.pdf</c>) would be taken for a dump, which the supervisor undoes when the
/// child then ends normally (<see cref="Dump"/> is printed after all).
/// </remarks>
internal sealed class CrashDumpFilter(TextWriter output)
{
    /// <summary>Most of a dump kept, in characters; a deep stack overflow can print millions of frames.</summary>
    public const int MaxDumpChars = 4 * 1024 * 1024;

    private static readonly string[] Headers = ["Stack overflow.", "Unhandled exception.", "Fatal error.", "Process terminated."];
    private const string Frame = "   at ";

    private readonly StringBuilder _pending = new();
    private readonly StringBuilder _dump = new();
    private bool _pendingAtLineStart = true;
    private bool _dumping;

    /// <summary>Whether a crash dump began (everything from its first character on is in <see cref="Dump"/>).</summary>
    public bool Dumping => _dumping;

    /// <summary>The crash dump kept aside, cut after <see cref="MaxDumpChars"/>.</summary>
    public string Dump => _dump.ToString();

    /// <summary>Whether the dump was longer than what was kept.</summary>
    public bool DumpTruncated { get; private set; }

    /// <summary>Whether the last character passed on ended a line (nothing passed counts as a line start).</summary>
    public bool AtLineStart { get; private set; } = true;

    /// <summary>The cause in a few words: the runtime's own words when it left any, else what the exit code says.</summary>
    internal static string Cause(int exitCode, string dump) =>
        dump.Contains("Stack overflow", StringComparison.Ordinal) ? "栈溢出"
        : dump.Contains("OutOfMemoryException", StringComparison.Ordinal) ? "内存不足"

        // 128 + SIGKILL: nothing in the process can do that, so it was killed — mostly by the OOM killer.
        : exitCode == 137 ? "可能内存不足，被系统终止"
        : string.Create(CultureInfo.InvariantCulture, $"退出码 {exitCode}");

    /// <summary>
    /// A crash-log entry: a heading line <c>==== time 审核进程意外退出（cause，退出码 N）what ====</c>, the dump kept aside
    /// and, when it was cut, a line saying so.
    /// </summary>
    public string LogEntry(int exitCode, string cause, string what)
    {
        var entry = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"==== {DateTimeOffset.UtcNow:O} 审核进程意外退出（{cause}，退出码 {exitCode}）{what} ====")
            .AppendLine()
            .Append(_dump);
        if (DumpTruncated)
        {
            entry.AppendLine().Append(CultureInfo.InvariantCulture, $"……（其余部分已截去，只保留前 {MaxDumpChars} 个字符）");
        }

        return entry.AppendLine().ToString();
    }

    /// <summary>Takes the next piece of the child's stderr.</summary>
    public void Write(ReadOnlySpan<char> piece)
    {
        if (_dumping)
        {
            Keep(piece);
            return;
        }

        _pending.Append(piece);
        var text = _pending.ToString();
        if (DumpStart(text) is { } start)
        {
            Pass(text.AsSpan(0, start));
            _pending.Clear();
            _dumping = true;
            Keep(text.AsSpan(start));
            return;
        }

        var held = Undecided(text);
        Pass(text.AsSpan(0, text.Length - held));
        _pendingAtLineStart = text.Length - held == 0 ? _pendingAtLineStart : text[text.Length - held - 1] == '\n';
        _pending.Remove(0, text.Length - held);
    }

    /// <summary>The child's stderr ended: passes on what was held back.</summary>
    public void Complete()
    {
        if (!_dumping)
        {
            Pass(_pending.ToString());
            _pending.Clear();
        }
    }

    private void Pass(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        output.Write(text);
        output.Flush();
        AtLineStart = text[^1] == '\n';
    }

    private void Keep(ReadOnlySpan<char> text)
    {
        var room = MaxDumpChars - _dump.Length;
        if (text.Length > room)
        {
            DumpTruncated = true;
            text = text[..Math.Max(0, room)];
        }

        _dump.Append(text);
    }

    /// <summary>Where a dump starts in the pending text, if it does.</summary>
    private int? DumpStart(string text)
    {
        int? first = null;
        foreach (var header in Headers)
        {
            var at = text.IndexOf(header, StringComparison.Ordinal);
            if (at >= 0 && (first is null || at < first))
            {
                first = at;
            }
        }

        for (var line = 0; line < text.Length && (first is null || line < first); line = NextLine(text, line))
        {
            if ((line > 0 || _pendingAtLineStart) && text.AsSpan(line).StartsWith(Frame, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return first;
    }

    /// <summary>How many characters at the end could still become a marker, given more text.</summary>
    private int Undecided(string text)
    {
        var held = 0;
        foreach (var header in Headers)
        {
            for (var length = Math.Min(header.Length - 1, text.Length); length > held; length--)
            {
                if (text.AsSpan(text.Length - length).SequenceEqual(header.AsSpan(0, length)))
                {
                    held = length;
                    break;
                }
            }
        }

        var lastLine = text.LastIndexOf('\n') + 1;
        var tail = text.AsSpan(lastLine);
        if ((lastLine > 0 || _pendingAtLineStart) && tail.Length < Frame.Length && Frame.AsSpan().StartsWith(tail))
        {
            held = Math.Max(held, tail.Length);
        }

        return held;
    }

    private static int NextLine(string text, int from)
    {
        var lineBreak = text.IndexOf('\n', from);
        return lineBreak < 0 ? text.Length : lineBreak + 1;
    }
}
