using DocCheck.Core.Documents;
using DocCheck.Ingest;
using DocCheck.Pipeline;

namespace DocCheck.Cli.Commands;

/// <summary>
/// Deliberate deaths for the supervisors' tests (<c>scan</c> and <c>check</c>), as <c>TestFaults</c> is for the check
/// host: with <c>DOCCHECK_TEST_FAULTS=overflow:a.docx;failfast:b.pdf;slow:c.docx</c> in the environment of a
/// supervised child (never read anywhere else), the check of the file so named overflows the stack or calls
/// <see cref="Environment.FailFast(string)"/> — what a hostile file can do to a parser — two seconds after it starts,
/// so that the checks beside it are surely in flight, even on a busy machine; <c>slow</c> waits five seconds and then
/// checks the file. Names are file names without folders. Off, and nothing wrapped, when the variable is not set.
/// </summary>
internal sealed class ChildTestFaults
{
    /// <summary>The environment variable that names the faults.</summary>
    public const string EnvironmentVariable = "DOCCHECK_TEST_FAULTS";

    private static readonly TimeSpan CrashDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, string> _byFile;

    private ChildTestFaults(Dictionary<string, string> byFile) => _byFile = byFile;

    /// <summary>The faults the environment names, in a supervised child only; null otherwise.</summary>
    public static ChildTestFaults? FromEnvironment()
    {
        if (!(ScanSupervisor.IsChild || CheckSupervisor.IsChild)
            || Environment.GetEnvironmentVariable(EnvironmentVariable) is not { Length: > 0 } spec)
        {
            return null;
        }

        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                byFile[item[(colon + 1)..]] = item[..colon];
            }
        }

        return new ChildTestFaults(byFile);
    }

    /// <summary>A checker whose readers meet the faults before reading.</summary>
    public DocChecker Wrap(CheckPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var readers = builder.Readers.ToList();
        builder.Readers.Clear();
        builder.Readers.Add(new FaultyReader(readers, this));
        return new DocChecker(builder.Build());
    }

    private void Apply(string fileName)
    {
        if (!_byFile.TryGetValue(fileName, out var fault))
        {
            return;
        }

        switch (fault)
        {
            case "slow":
                Thread.Sleep(SlowDelay);
                break;
            case "overflow":
                Thread.Sleep(CrashDelay);
                Recurse(0);
                break;
            case "failfast":
                Thread.Sleep(CrashDelay);
                Environment.FailFast(EnvironmentVariable + ": failfast on " + fileName);
                break;
            default:
                break;
        }
    }

    // Unbounded recursion (the + 1 keeps it from becoming a loop): a stack overflow, which no catch survives.
    private static int Recurse(int depth) => depth == int.MaxValue ? depth : Recurse(depth + 1) + 1;

    /// <summary>Meets the faults, then reads with the first of the real readers that takes the format.</summary>
    private sealed class FaultyReader(IReadOnlyList<IDocumentReader> readers, ChildTestFaults faults) : IDocumentReader
    {
        public bool CanRead(SniffedFormat format) => readers.Any(r => r.CanRead(format));

        public ReportDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
        {
            faults.Apply(source.FileName);
            var format = FormatSniffer.Sniff(source.Content);
            return readers.First(r => r.CanRead(format)).Read(source, cancellationToken);
        }
    }
}
