namespace DocCheck.Ingest.Pdf;

/// <summary>A glance at the bytes of an object stored plainly in the file (<c>12 0 obj …</c>), without parsing it.</summary>
internal static class PlainObject
{
    /// <summary>
    /// Whether the object at <paramref name="offset"/> surely is not a bare reference (<c>6 0 R</c>): its value begins
    /// with a dictionary, array, string, name or a keyword. False when unsure (an offset that does not lead to
    /// <c>N G obj</c>, a value that begins with a number): the caller then parses the object.
    /// </summary>
    public static bool IsSurelyNotAReference(ReadOnlySpan<byte> file, long offset)
    {
        if (offset < 0 || offset >= file.Length)
        {
            return false;
        }

        var rest = file[(int)offset..];
        var i = 0;
        if (!SkipNumber(rest, ref i) || !SkipSpace(rest, ref i) || !SkipNumber(rest, ref i) || !SkipSpace(rest, ref i)
            || !rest[i..].StartsWith("obj"u8))
        {
            return false;
        }

        i += 3;
        SkipSpace(rest, ref i);
        return i < rest.Length && rest[i] is (byte)'<' or (byte)'[' or (byte)'(' or (byte)'/' or (byte)'t' or (byte)'f' or (byte)'n';
    }

    private static bool SkipNumber(ReadOnlySpan<byte> bytes, ref int i)
    {
        var start = i;
        while (i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9')
        {
            i++;
        }

        return i > start;
    }

    // White space and comments; true when at least one byte was skipped.
    private static bool SkipSpace(ReadOnlySpan<byte> bytes, ref int i)
    {
        var start = i;
        while (i < bytes.Length)
        {
            if (bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0)
            {
                i++;
            }
            else if (bytes[i] == (byte)'%')
            {
                while (i < bytes.Length && bytes[i] is not ((byte)'\n' or (byte)'\r'))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i > start;
    }
}
