using System.Diagnostics.CodeAnalysis;
using DocCheck.Extract.Indicators;
using DocCheck.Language;

namespace DocCheck.Classifiers;

/// <summary>
/// Finds and loads the committed models: a folder given in settings, else the environment variable
/// <c>DOCCHECK_MODELS</c>, else a <c>models/</c> folder beside the application or in a parent of it or of the
/// working directory (the repository's). Missing models or jieba data are a reason, never an exception.
/// </summary>
public static class IndicatorModels
{
    /// <summary>The environment variable naming the models folder.</summary>
    public const string EnvironmentVariable = "DOCCHECK_MODELS";

    private static readonly Lazy<(MlIndicatorClassifier? Classifier, string? Problem)> Shared = new(() =>
        TryLoad(null, out var classifier, out var problem) ? (classifier, null) : (null, problem));

    /// <summary>The folder holding both model files, or null.</summary>
    public static string? FindDirectory(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasModels(configured) ? Path.GetFullPath(configured) : null;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return HasModels(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (HasModels(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Loads the classifiers, or says in one Chinese sentence why not.</summary>
    public static bool TryLoad(string? directory, [NotNullWhen(true)] out MlIndicatorClassifier? classifier, [NotNullWhen(false)] out string? problem)
    {
        classifier = null;
        var found = FindDirectory(directory);
        if (found is null)
        {
            problem = "未找到指标分类模型（models/indicator-group.zip、target-quantified.zip；可用 DOCCHECK_MODELS 指定目录）";
            return false;
        }

        string? jiebaProblem = null;
        if (!JiebaSegmenter.TryGetShared(out var segmenter, p => jiebaProblem = p))
        {
            problem = "指标分类模型需要 jieba 词典：" + (jiebaProblem ?? "未找到 jieba 词典（python3-jieba）");
            return false;
        }

        try
        {
            classifier = MlIndicatorClassifier.Load(segmenter, found);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or UnauthorizedAccessException or InvalidDataException)
        {
            problem = "指标分类模型无法读取（" + ex.GetType().Name + "）";
            return false;
        }
    }

    /// <summary>The process-wide classifier, loaded once; false with the reason when there is none.</summary>
    public static bool TryGetShared([NotNullWhen(true)] out IIndicatorClassifier? classifier, [NotNullWhen(false)] out string? problem)
    {
        (classifier, problem) = Shared.Value;
        return classifier is not null;
    }

    private static bool HasModels(string directory) =>
        ClassifierTasks.All.All(t => File.Exists(Path.Combine(directory, t.FileStem() + ".zip")));
}
