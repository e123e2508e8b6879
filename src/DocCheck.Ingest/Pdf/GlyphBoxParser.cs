using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// A content-stream parser that answers a Type 3 glyph description with the <c>d0</c>/<c>d1</c> operator it opens
/// with, instead of parsing the outline behind it; every other stream goes to PdfPig's own parser.
/// </summary>
/// <remarks>
/// PdfPig 0.1.16 parses a Type 3 glyph's whole CharProc (hundreds of path operators) only to read the glyph box from
/// the <c>d1</c> at its start, and does it again on every page the glyph is on. Chromium prints Chinese text in Type 3
/// fonts, so that parse was a third of the time spent reading its PDFs. A glyph description must begin with
/// <c>d0</c> or <c>d1</c> (ISO 32000-1, 9.6.5) and a page or form stream cannot, so a stream that does is cut after
/// that operator; the operator itself is still parsed by PdfPig, so its numbers are exactly the ones PdfPig would
/// have read. Installed by <see cref="PdfPigShortcuts"/>.
/// </remarks>
internal sealed class GlyphBoxParser(IPageContentParser fullParser) : IPageContentParser
{
    // "d1" follows six numbers; a glyph description whose first operator is not within this many bytes is parsed whole.
    private const int MaxPrefixBytes = 200;

    /// <inheritdoc/>
    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        var start = inputBytes.CurrentOffset;
        if (ReadGlyphOperatorPrefix(inputBytes) is { } prefix)
        {
            var operations = fullParser.Parse(pageNumber, new MemoryInputBytes(prefix), log);
            if (operations is [Type3SetGlyphWidthAndBoundingBox or Type3SetGlyphWidth])
            {
                return operations;
            }
        }

        inputBytes.Seek(start);
        return fullParser.Parse(pageNumber, inputBytes, log);
    }

    /// <summary>
    /// The bytes up to and including a leading <c>d0</c> or <c>d1</c> preceded only by numbers and white space, or
    /// null when the stream does not begin so.
    /// </summary>
    internal static byte[]? ReadGlyphOperatorPrefix(IInputBytes inputBytes)
    {
        Span<byte> prefix = stackalloc byte[MaxPrefixBytes];
        var length = 0;
        var tokenStart = -1;
        while (length < MaxPrefixBytes)
        {
            var more = inputBytes.MoveNext();
            var b = more ? inputBytes.CurrentByte : (byte)' ';
            if (IsWhiteSpace(b) || !more)
            {
                if (tokenStart >= 0)
                {
                    var token = prefix[tokenStart..length];
                    if (token is [(byte)'d', (byte)'0' or (byte)'1'])
                    {
                        return prefix[..length].ToArray();
                    }

                    if (!IsNumber(token))
                    {
                        return null;
                    }

                    tokenStart = -1;
                }

                if (!more)
                {
                    return null;
                }
            }
            else if (tokenStart < 0)
            {
                tokenStart = length;
            }

            prefix[length++] = b;
        }

        return null;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsNumber(ReadOnlySpan<byte> token)
    {
        foreach (var b in token)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+'))
            {
                return false;
            }
        }

        return true;
    }
}
