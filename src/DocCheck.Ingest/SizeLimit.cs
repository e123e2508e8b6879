using System.Globalization;
using DocCheck.Core.Errors;

namespace DocCheck.Ingest;

/// <summary>The file-size limit every reader applies before it parses anything.</summary>
internal static class SizeLimit
{
    public static void Check(DocumentSource source, long maxBytes)
    {
        if (source.Content.LongLength > maxBytes)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"文件过大（{source.Content.LongLength / 1048576.0:0.#} MB），超过上限 {maxBytes / 1048576.0:0.#} MB。"));
        }
    }
}
