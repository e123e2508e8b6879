namespace DocCheck.Pipeline;

/// <summary>The engine's version: results are reproducible per version, so stores key cached results on it.</summary>
public static class EngineInfo
{
    /// <summary>Bumped whenever a change can alter findings for the same file.</summary>
    public const string Version = "0.1.0";
}
