using System.Text;

namespace DocCheck.CheckHost;

/// <summary>
/// Deliberate failures for the containment tests: with <c>DOCCHECK_CHECKHOST_FAULTS=1</c> in the host's environment,
/// a file whose content starts with <c>DOCCHECK-FAULT:hang</c>, <c>:crash</c> or <c>:memory</c> makes the check hang,
/// overflow the stack or exhaust the heap — what a hostile file can do to a parser, on demand; <c>:slow</c> followed by
/// a line break and a real report checks that report after a few seconds (a check that is surely running when a
/// test kills its worker). Off by default.
/// </summary>
public sealed class TestFaults(bool enabled)
{
    /// <summary>The environment variable that switches faults on.</summary>
    public const string EnvironmentVariable = "DOCCHECK_CHECKHOST_FAULTS";

    private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("DOCCHECK-FAULT:");

    /// <summary>Faults as the environment says.</summary>
    public static TestFaults FromEnvironment() => new(Environment.GetEnvironmentVariable(EnvironmentVariable) == "1");

    /// <summary>How long a <c>slow</c> check waits before it starts.</summary>
    public static TimeSpan SlowDelay { get; } = TimeSpan.FromSeconds(4);

    /// <summary>Does what the content asks, when faults are on; returns the content to check.</summary>
    public byte[] Apply(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!enabled || !content.AsSpan().StartsWith(Prefix))
        {
            return content;
        }

        var fault = Encoding.ASCII.GetString(content, Prefix.Length, Math.Min(16, content.Length - Prefix.Length)).Trim();
        if (fault.StartsWith("slow", StringComparison.Ordinal))
        {
            Thread.Sleep(SlowDelay);
            var lineBreak = Array.IndexOf(content, (byte)'\n');
            return lineBreak < 0 ? [] : content[(lineBreak + 1)..];
        }

        if (fault.StartsWith("hang", StringComparison.Ordinal))
        {
            Thread.Sleep(Timeout.Infinite);
        }
        else if (fault.StartsWith("crash", StringComparison.Ordinal))
        {
            Recurse(0);
        }
        else if (fault.StartsWith("memory", StringComparison.Ordinal))
        {
            var hog = new List<byte[]>();
            while (true)
            {
                hog.Add(GC.AllocateArray<byte>(64 * 1024 * 1024));
                hog[^1].AsSpan().Fill(1);
            }
        }

        return content;
    }

    // Unbounded recursion: a stack overflow, which .NET cannot catch — the process dies, as with a hostile file.
    private static int Recurse(int depth) => depth == int.MaxValue ? depth : Recurse(depth + 1) + 1;
}
