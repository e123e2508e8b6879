namespace DocCheck.Cli;

/// <summary>The CLI's exit codes (documented in --help and the README; scripts rely on them).</summary>
internal static class ExitCodes
{
    /// <summary>Checked; no error-level finding.</summary>
    public const int Clean = 0;

    /// <summary>Checked; at least one error-level finding.</summary>
    public const int Errors = 1;

    /// <summary>The file could not be read (one-line reason on stderr).</summary>
    public const int Unreadable = 2;

    /// <summary>A command-line usage error.</summary>
    public const int Usage = 64;

    /// <summary>Data a command needs is not installed (jieba's dictionary for segment / keywords); reason on stderr.</summary>
    public const int Unavailable = 69;

    /// <summary>An internal error: a bug in DocCheck, reported in one line.</summary>
    public const int Internal = 70;
}
