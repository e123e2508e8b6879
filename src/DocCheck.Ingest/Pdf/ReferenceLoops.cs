namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Before PdfPig opens a file: finds objects stored plainly that are nothing but a reference (<c>13 0 obj 42 0 R
/// endobj</c>) and name each other in a loop, and overwrites each such reference with <c>null</c> in a copy of the file,
/// padded to the same length so that every offset of the cross-reference table still holds.
/// </summary>
/// <remarks>
/// PdfPig 0.1.16 follows such objects by recursion while it opens the file (the page tree, a catalog entry) without a
/// depth guard: two objects naming each other overflow the stack, which ends the process. <see cref="ReferenceChains"/>
/// handles what is found after opening (objects inside object streams, chains); this handles what would never let the
/// file open. The scan is one pass over the bytes looking for <c>obj</c>; a file without such a loop is not copied.
/// </remarks>
internal static class ReferenceLoops
{
    /// <summary>The file, or a copy with every loop of bare references read as <c>null</c>.</summary>
    public static byte[] Break(byte[] file)
    {
        var targets = BareReferences(file);
        if (targets.Count == 0)
        {
            return file;
        }

        byte[]? copy = null;
        var state = new Dictionary<long, int>(); // 1 on the current walk, 2 finished
        foreach (var start in targets.Keys)
        {
            var walk = new List<long>();
            var node = start;
            while (targets.ContainsKey(node) && state.GetValueOrDefault(node) == 0)
            {
                state[node] = 1;
                walk.Add(node);
                node = targets[node].Target;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                // The walk came back onto itself: every object from there on is in the loop.
                copy ??= (byte[])file.Clone();
                foreach (var looped in walk[walk.IndexOf(node)..])
                {
                    var (_, at, length) = targets[looped];
                    "null"u8.CopyTo(copy.AsSpan(at));
                    copy.AsSpan(at + 4, length - 4).Fill((byte)' ');
                }
            }

            walk.ForEach(n => state[n] = 2);
        }

        return copy ?? file;
    }

    /// <summary>Object number → (the object it names, where that reference is written, its length).</summary>
    private static Dictionary<long, (long Target, int At, int Length)> BareReferences(ReadOnlySpan<byte> file)
    {
        var found = new Dictionary<long, (long, int, int)>();
        var from = 0;
        while (from < file.Length)
        {
            var hit = file[from..].IndexOf("obj"u8);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            from = at + 3;
            if (ObjectNumberBefore(file, at) is not { } number)
            {
                continue;
            }

            var i = at + 3;
            SkipSpace(file, ref i);
            var start = i;
            if (ReadNumber(file, ref i) is not { } target || !SkipSpace(file, ref i) || ReadNumber(file, ref i) is null || !SkipSpace(file, ref i)
                || i >= file.Length || file[i] != (byte)'R')
            {
                continue;
            }

            i++;
            var end = i;
            SkipSpace(file, ref i);
            if (file[i..].StartsWith("endobj"u8))
            {
                found[number] = (target, start, end - start);
            }
        }

        return found;
    }

    // "12 0 obj": the object number, when white space, a generation and white space come right before "obj".
    private static long? ObjectNumberBefore(ReadOnlySpan<byte> file, int obj)
    {
        var i = obj - 1;
        if (i < 0 || !IsSpace(file[i]))
        {
            return null;
        }

        while (i >= 0 && IsSpace(file[i]))
        {
            i--;
        }

        var generationEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)file[i]))
        {
            i--;
        }

        if (i == generationEnd || i < 0 || !IsSpace(file[i]))
        {
            return null;
        }

        while (i >= 0 && IsSpace(file[i]))
        {
            i--;
        }

        var numberEnd = i;
        while (i >= 0 && char.IsAsciiDigit((char)file[i]) && numberEnd - i < 12)
        {
            i--;
        }

        if (i == numberEnd)
        {
            return null;
        }

        var start = i + 1;
        return long.Parse(file[start..(numberEnd + 1)], provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? ReadNumber(ReadOnlySpan<byte> file, ref int i)
    {
        var start = i;
        long value = 0;
        while (i < file.Length && char.IsAsciiDigit((char)file[i]) && i - start < 12)
        {
            value = (value * 10) + (file[i] - '0');
            i++;
        }

        return i > start ? value : null;
    }

    private static bool SkipSpace(ReadOnlySpan<byte> file, ref int i)
    {
        var start = i;
        while (i < file.Length && IsSpace(file[i]))
        {
            i++;
        }

        return i > start;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
}
