namespace DocCheck.Cli;

/// <summary>A command-line mistake; its message is shown with the usage.</summary>
internal sealed class UsageException(string message) : Exception(message);
