namespace DocCheck.Extract.Text;

/// <summary>Labels compared without the spaces and line breaks layout puts in them (经济效益\n指标, 合 计).</summary>
public static class Compaction
{
    /// <summary>The text without spaces and line breaks.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(' ', '\n') < 0
            ? text
            : text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
    }
}
