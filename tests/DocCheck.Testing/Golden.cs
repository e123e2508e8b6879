using System.Text;
using Xunit;

namespace DocCheck.Testing;

/// <summary>
/// Compares text with a golden file in the source tree; shows a window around the first difference. With
/// DOCCHECK_UPDATE_GOLDEN=1 it rewrites the file instead (then read the diff before committing).
/// </summary>
public static class Golden
{
    /// <summary>Whether goldens are being rewritten.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("DOCCHECK_UPDATE_GOLDEN") == "1";

    public static void Assert(string actual, string path)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var normalized = Normalize(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            Xunit.Assert.Fail($"Golden file {path} does not exist. Run with DOCCHECK_UPDATE_GOLDEN=1 to create it, then review it.\nActual:\n{normalized}");
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected == normalized)
        {
            return;
        }

        var at = 0;
        while (at < expected.Length && at < normalized.Length && expected[at] == normalized[at])
        {
            at++;
        }

        var line = expected[..at].Count(c => c == '\n') + 1;
        Xunit.Assert.Fail($"{path} differs at line {line}:\n--- expected\n{Window(expected, at)}\n--- actual\n{Window(normalized, at)}\n(DOCCHECK_UPDATE_GOLDEN=1 rewrites goldens)");
    }

    private static string Normalize(string text)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n');
        return lines.Length == 0 ? string.Empty : lines + "\n";
    }

    private static string Window(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, Math.Min(at, text.Length) - 1));
        start = start < 0 ? 0 : start + 1;
        var end = text.IndexOf('\n', Math.Min(at, text.Length));
        end = end < 0 ? text.Length : end;
        var next = end < text.Length ? text.IndexOf('\n', end + 1) : -1;
        return text[start..(next < 0 ? text.Length : next)];
    }
}
