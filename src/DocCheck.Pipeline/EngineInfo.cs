using System.Security.Cryptography;
using DocCheck.Classifiers;
using DocCheck.Language;

namespace DocCheck.Pipeline;

/// <summary>
/// The engine's version: results are reproducible per version, so stores key cached results on it. Findings depend
/// on the code and on two things outside it — the indicator models (retrained from reviewers' verdicts) and whether
/// jieba's data is installed (without it two rules fall back to word lists) — so the version carries a fingerprint
/// of both: a retrained model or a newly installed jieba makes a re-upload a fresh check, not a reused result.
/// </summary>
public static class EngineInfo
{
    /// <summary>The code's release, bumped whenever a change can alter findings for the same file.</summary>
    public const string Release = "0.2.0";

    private static readonly Lazy<string> Computed = new(() => Release + "+" + Fingerprint(IndicatorModels.FindDirectory(), JiebaData.TryLocate(null, out _, out _)));

    /// <summary><see cref="Release"/> and the fingerprint of the models and language data this process finds.</summary>
    public static string Version => Computed.Value;

    /// <summary>
    /// Eight hex digits over the model files' bytes (or their absence) and jieba's presence: the same resources give
    /// the same fingerprint on every machine, whatever their paths.
    /// </summary>
    public static string Fingerprint(string? modelsDirectory, bool jiebaPresent)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var task in ClassifierTasks.All)
        {
            var file = modelsDirectory is null ? null : Path.Combine(modelsDirectory, task.FileStem() + ".zip");
            var model = file is not null && File.Exists(file) ? File.ReadAllBytes(file) : null;
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(task.FileStem() + (model is null ? ":absent" : ":")));
            hash.AppendData(model ?? []);
        }

        hash.AppendData(jiebaPresent ? "jieba"u8 : "no-jieba"u8);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }
}
