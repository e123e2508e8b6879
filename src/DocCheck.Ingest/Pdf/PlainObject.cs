namespace DocCheck.Ingest.Pdf;

/// <summary>A glance at the bytes of an object stored plainly in the file (<c>12 0 obj …</c>), without parsing it.</summary>
internal static class PlainObject
{
    /// <summary>
    /// Whether object <paramref name="number"/> <paramref name="generation"/> at <paramref name="offset"/> surely is not
    /// a bare reference (<c>6 0 R</c>): its value begins with a dictionary, array, string, name or a keyword. False
    /// when unsure — an offset that does not lead to that object's <c>N G obj</c> (a damaged cross-reference table,
    /// which PdfPig repairs by searching the file), a value that begins with a number: the caller then parses it.
    /// </summary>
    public static bool IsSurelyNotAReference(ReadOnlySpan<byte> file, long offset, long number, int generation)
    {
        if (offset < 0 || offset >= file.Length)
        {
            return false;
        }

        var rest = file[(int)offset..];
        var i = 0;
        if (ReadNumber(rest, ref i) != number || !SkipSpace(rest, ref i) || ReadNumber(rest, ref i) != generation || !SkipSpace(rest, ref i)
            || !rest[i..].StartsWith("obj"u8))
        {
            return false;
        }

        i += 3;
        SkipSpace(rest, ref i);
        return i < rest.Length && rest[i] is (byte)'<' or (byte)'[' or (byte)'(' or (byte)'/' or (byte)'t' or (byte)'f' or (byte)'n';
    }

    // A non-negative integer, or -1 when there is none (or it is absurdly long).
    private static long ReadNumber(ReadOnlySpan<byte> bytes, ref int i)
    {
        var start = i;
        long value = 0;
        while (i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9' && i - start < 12)
        {
            value = (value * 10) + (bytes[i] - '0');
            i++;
        }

        return i > start ? value : -1;
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
