namespace DocCheck.Bulk;

/// <summary>Reads a stream to its end, but never more than a limit: a zip entry may inflate beyond what it declares.</summary>
internal static class BoundedRead
{
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new TooLargeException(buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>More bytes than allowed; <see cref="Size"/> is how many were seen before stopping.</summary>
    internal sealed class TooLargeException(long size) : Exception("Content over the limit.")
    {
        public long Size { get; } = size;
    }
}
