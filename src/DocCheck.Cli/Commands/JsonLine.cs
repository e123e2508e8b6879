using System.Globalization;
using System.Text;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Compact JSON the way Python's <c>json.dumps(…, ensure_ascii=False, separators=(',', ':'))</c> writes strings:
/// only quotes, backslashes and control characters escaped, Chinese and astral characters as they are.
/// </summary>
internal static class JsonLine
{
    public static void WriteArray(StringBuilder output, IReadOnlyList<string> items)
    {
        output.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            WriteString(output, items[i]);
        }

        output.Append(']');
    }

    public static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                default:
                    var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || lone)
                    {
                        // Control characters as Python escapes them; a lone surrogate escaped so the output stays valid UTF-8.
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }
}
