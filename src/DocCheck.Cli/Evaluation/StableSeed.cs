using System.Text;

namespace DocCheck.Cli.Evaluation;

/// <summary>
/// Seeds derived from the run's seed and names (FNV-1a over UTF-8), so that a file's choices do not depend on the
/// other files, the order of work or the process (string.GetHashCode is randomised per process).
/// </summary>
internal static class StableSeed
{
    public static Random For(int seed, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var hash = 2166136261u ^ (uint)seed;
        foreach (var name in names)
        {
            foreach (var b in Encoding.UTF8.GetBytes(name + "\u0001"))
            {
                hash = (hash ^ b) * 16777619u;
            }
        }

        return new Random((int)(hash & 0x7FFFFFFF));
    }
}
